import type { DecimalInput } from '../decimal.ts';
import type { PeriodStatus } from '../earn-back.ts';
import { engagementRanIn, type Period } from '../periods.ts';
import type {
  EngagementTermsFact,
  FailedCriticalFact,
  PortfolioFacts,
  SlaCountsFact,
} from '../portfolio/facts.ts';
import type { ReportScope } from '../portfolio/report-scope.ts';
import { type SlaStatus, slaJudge } from '../sla-status.ts';
import type { WhatIfSla, WhatIfTerms } from './apply-changes.ts';

/** One measurement on record of an SLA in force, from the first month of the range on (later ones decide earn-back). */
export type WhatIfMeasurement = { slaId: number; period: Period; actual: DecimalInput };

/** Byte order of SLA codes, as the report lists them on both databases. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One engagement's report facts as they would be under other terms: the statuses of its measurements judged again
 * by the SLA status rule on the given levels, so the statuses counted per month and the failing critical SLAs (with
 * their later measured months, all of them, for whatever earn-back) are those the terms make; charges, deliveries
 * and rates stay the facts on record. Counts cover the months of the range in which the engagement ran, credits
 * every counted month of the range, as the facts the database aggregates do.
 */
export function replayFacts(
  facts: PortfolioFacts,
  engagement: EngagementTermsFact,
  replay: { terms: WhatIfTerms; slas: readonly WhatIfSla[]; measurements: readonly WhatIfMeasurement[] },
  scope: Pick<ReportScope, 'months'>,
): PortfolioFacts {
  const counted = new Set(scope.months);
  const slaById = new Map(replay.slas.map((sla) => [sla.id, { sla, judge: slaJudge(sla) }]));
  const bySla = new Map<number, (PeriodStatus & { actual: DecimalInput })[]>();
  const counts = new Map<Period, SlaCountsFact>();
  for (const measurement of replay.measurements) {
    const found = slaById.get(measurement.slaId);
    if (!found) continue;
    const status: SlaStatus = found.judge(measurement.actual);
    const judged = { period: measurement.period, status, actual: measurement.actual };
    const measured = bySla.get(measurement.slaId);
    if (measured) measured.push(judged);
    else bySla.set(measurement.slaId, [judged]);
    if (!counted.has(measurement.period)) continue;
    if (!engagementRanIn(engagement.startDate, engagement.endDate, measurement.period)) continue;
    const month = counts.get(measurement.period) ?? {
      engagementId: engagement.id,
      period: measurement.period,
      met: 0,
      missed: 0,
      breached: 0,
    };
    month[status] += 1;
    counts.set(measurement.period, month);
  }
  const failedCritical: FailedCriticalFact[] = [];
  for (const sla of replay.slas) {
    if (sla.kind !== 'critical') continue;
    const measured = (bySla.get(sla.id) ?? []).sort((a, b) => byCode(a.period, b.period));
    measured.forEach((measurement, index) => {
      if (measurement.status === 'met' || !counted.has(measurement.period)) return;
      failedCritical.push({
        engagementId: engagement.id,
        slaId: sla.id,
        slaCode: sla.code,
        slaName: sla.name,
        allocationPct: sla.allocationPct,
        period: measurement.period,
        status: measurement.status,
        actual: measurement.actual,
        later: measured.slice(index + 1).map(({ period, status }) => ({ period, status })),
      });
    });
  }
  failedCritical.sort((a, b) => byCode(a.period, b.period) || byCode(a.slaCode, b.slaCode));
  const terms = { ...engagement, ...replay.terms };
  return {
    ...facts,
    terms: facts.terms.map((row) => (row.id === engagement.id ? terms : row)),
    slaCounts: [
      ...facts.slaCounts.filter((row) => row.engagementId !== engagement.id),
      ...[...counts.values()].sort((a, b) => byCode(a.period, b.period)),
    ],
    failedCritical: [
      ...facts.failedCritical.filter((row) => row.engagementId !== engagement.id),
      ...failedCritical,
    ],
  };
}
