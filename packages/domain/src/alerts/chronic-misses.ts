import { formatMonth, plural } from '../display-format.ts';
import { addMonths, monthsInRange, type Period } from '../periods.ts';
import { type AlertBase, alertKey, dashboardLink } from './alert.ts';
import { withUnit } from './alert-format.ts';
import type { SlaRef } from './sla-at-risk.ts';

/** The closed months a chronic miss is counted over, and its two triggers. */
export const CHRONIC_WINDOW_MONTHS = 12;
export const CHRONIC_MIN_MISSES = 4;
export const CHRONIC_RUN_MONTHS = 3;
/** Missing in this many of the 12 months makes a chronic miss critical (as does a run up to the last month). */
export const CHRONIC_CRITICAL_MISSES = 6;

/** A month in which an SLA did not reach its expected level. */
export type SlaFailure = { period: Period; status: 'missed' | 'breached' };

/** An SLA and the months of the window in which it missed or breached (met and unreported months are not listed). */
export type ChronicFact = SlaRef & { failures: readonly SlaFailure[] };

/** The last 12 closed months: the 12 months before the month of today. */
export function chronicWindow(current: Period): { from: Period; to: Period } {
  return { from: addMonths(current, -CHRONIC_WINDOW_MONTHS), to: addMonths(current, -1) };
}

export type ChronicMisses = {
  /** Months of the window missed or breached. */
  misses: number;
  breached: number;
  /** The longest run of consecutive calendar months missed or breached (a met or unreported month ends a run). */
  longestRun: number;
  /** The first month of that run (the latest such run when several are as long). */
  longestRunFrom: Period | null;
  /** The run ending in the window's last month (0 when that month was not missed). */
  ongoingRun: number;
  flagged: boolean;
};

/**
 * A chronic miss: an SLA that missed its expected level (missed or breached) in 4 or more of the last 12 closed months,
 * or in 3 consecutive months of them, even if no month breached the minimum level.
 */
export function chronicMisses(failures: readonly SlaFailure[], window: { from: Period; to: Period }) {
  const failed = new Map(failures.map((failure) => [failure.period, failure.status]));
  let misses = 0;
  let breached = 0;
  let run = 0;
  let longestRun = 0;
  let longestRunFrom: Period | null = null;
  for (const period of monthsInRange(window.from, window.to)) {
    const status = failed.get(period);
    run = status === undefined ? 0 : run + 1;
    if (status === undefined) continue;
    misses += 1;
    if (status === 'breached') breached += 1;
    if (run >= longestRun) {
      longestRun = run;
      longestRunFrom = addMonths(period, 1 - run);
    }
  }
  return {
    misses,
    breached,
    longestRun,
    longestRunFrom,
    ongoingRun: run,
    flagged: misses >= CHRONIC_MIN_MISSES || longestRun >= CHRONIC_RUN_MONTHS,
  } satisfies ChronicMisses;
}

export type ChronicMissData = {
  from: Period;
  to: Period;
  misses: number;
  breached: number;
  longestRun: number;
  ongoingRun: number;
  failedMonths: Period[];
};

export type ChronicMissAlert = AlertBase & { kind: 'chronic_miss'; data: ChronicMissData };

/**
 * Chronic misses among the SLAs' failures. Severity: critical when missed in 6 or more of the 12 months or in each of
 * the last 3; warning otherwise. Magnitude: the months missed, so one more miss brings an acknowledged alert back.
 */
export function chronicMissAlerts(facts: readonly ChronicFact[], current: Period): ChronicMissAlert[] {
  const window = chronicWindow(current);
  const alerts: ChronicMissAlert[] = [];
  for (const fact of facts) {
    const inWindow = fact.failures.filter((f) => f.period >= window.from && f.period <= window.to);
    const result = chronicMisses(inWindow, window);
    if (!result.flagged) continue;
    const failedMonths = inWindow.map((f) => f.period).sort();
    const runText =
      result.longestRun >= CHRONIC_RUN_MONTHS && result.longestRunFrom !== null
        ? `; ${result.longestRun} months in a row from ${formatMonth(result.longestRunFrom)}`
        : '';
    const breachedText = result.breached > 0 ? ` (${result.breached} breached the minimum)` : '';
    alerts.push({
      key: alertKey('chronic_miss', `${fact.engagement}/${fact.sla}`),
      kind: 'chronic_miss',
      severity:
        result.misses >= CHRONIC_CRITICAL_MISSES || result.ongoingRun >= CHRONIC_RUN_MONTHS
          ? 'critical'
          : 'warning',
      title: `${fact.engagement} ${fact.sla} · ${fact.slaName}: missed ${result.misses} of the last ${CHRONIC_WINDOW_MONTHS} months`,
      detail: `Below the expected ${withUnit(fact.expected, fact.unit)} in ${plural(result.misses, 'month')}: ${failedMonths.map(formatMonth).join(', ')}${breachedText}${runText}.`,
      magnitude: result.misses,
      subject: {
        engagement: fact.engagement,
        engagementName: fact.engagementName,
        vendor: fact.vendor,
        sla: fact.sla,
        deliverable: null,
      },
      link: dashboardLink(['slas', fact.engagement, fact.sla], {
        range: 'custom',
        from: window.from,
        to: current,
      }),
      data: {
        from: window.from,
        to: window.to,
        misses: result.misses,
        breached: result.breached,
        longestRun: result.longestRun,
        ongoingRun: result.ongoingRun,
        failedMonths,
      },
    });
  }
  return alerts;
}
