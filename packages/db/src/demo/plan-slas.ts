import { daysInMonth, type IsoDate, monthsBetweenInclusive, type Period, slaStatus } from '@portfolio/domain';
import {
  BREACH_NOTES,
  MISS_NOTES,
  SERVICE_LINE_PROFILES,
  type SlaTemplate,
  type VendorQuality,
} from './catalogue.ts';
import type { DemoContext, EngagementPlan, PlannedMeasurement, PlannedSla } from './plan-types.ts';
import { type Rng, rngFor } from './rng.ts';

export interface SlaChoice {
  template: SlaTemplate;
  allocation: number | null;
  /** Gets worse over the last six months. */
  degrades: boolean;
}

/**
 * Performance is a latent score per SLA and month: 0 is exactly the expected level, -1 the minimum level.
 * It wanders around a mean set by the vendor's quality (AR(1), so good and bad months come in runs).
 */
const QUALITY_MEAN: Record<VendorQuality, number> = { strong: 1.6, typical: 1.1, weak: 0.45 };
const PERSISTENCE = 0.6;
const DEGRADING_MONTHS = 6;
/**
 * Reports for the current month arrive during the month: about half are in by today. They are month-to-date: a % with
 * counts carries the volume of the days so far (the early-warning rules project the rest of the month from it).
 */
const CURRENT_MONTH_REPORTED = 0.5;
/** Chance that one SLA is missing from a month's report. */
const MONTH_UNREPORTED = 0.003;
const SOURCE = 'vendor report';

/** 3–6 SLAs from the service line's templates, at least one critical; critical ones share the at-risk pool. */
export function chooseSlas(plan: EngagementPlan, context: DemoContext): SlaChoice[] {
  const rng = rngFor(context.seed, 'slas', plan.row.code);
  const templates = SERVICE_LINE_PROFILES[plan.row.service_line].slas;
  const count = Math.min(templates.length, rng.weighted([3, 4, 5, 6], [1, 2, 2, 1]));
  const critical = rng.shuffle(templates.filter((t) => t.kind === 'critical'));
  const key = rng.shuffle(templates.filter((t) => t.kind === 'key'));
  const criticalCount = Math.min(critical.length, rng.int(1, 3));
  const chosen = [...critical.slice(0, criticalCount), ...key, ...critical.slice(criticalCount)].slice(
    0,
    count,
  );
  const ordered = templates.filter((t) => chosen.includes(t));
  const criticalChosen = ordered.filter((t) => t.kind === 'critical');
  const allocations = allocate(rng, criticalChosen.length);
  const degrading = plan.degrading ? criticalChosen[0] : undefined;
  return ordered.map((template) => ({
    template,
    allocation: template.kind === 'critical' ? (allocations[criticalChosen.indexOf(template)] ?? null) : null,
    degrades: template === degrading,
  }));
}

/**
 * Allocation percentages of the critical SLAs: usually they split 100 %, but about a third of the contracts
 * over-allocate (each SLA 40–60 %), which the credit cap then limits to the at-risk amount.
 */
function allocate(rng: Rng, count: number): number[] {
  if (count >= 2 && rng.chance(0.35)) return Array.from({ length: count }, () => rng.pick([40, 50, 60]));
  if (count === 1) return [rng.pick([100, 50])];
  const share = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => (i === 0 ? 100 - share * (count - 1) : share));
}

export function slaRow(plan: EngagementPlan, choice: SlaChoice): PlannedSla {
  const { template } = choice;
  return {
    engagement: plan.row.code,
    code: template.code,
    name: template.name,
    unit: template.unit,
    direction: template.direction,
    expected: String(template.expected),
    minimum: template.minimum === null ? null : String(template.minimum),
    kind: template.kind,
    allocation_pct: choice.allocation === null ? null : choice.allocation.toFixed(2),
  };
}

/**
 * The vendor's monthly reports for one SLA over the months the engagement ran, with the status the domain rule
 * gives each actual. The current month is only in for about half the SLAs; `gaps` are months without a report.
 */
export function planMeasurements(
  plan: EngagementPlan,
  choice: SlaChoice,
  months: readonly Period[],
  gaps: ReadonlySet<Period>,
  context: DemoContext,
): PlannedMeasurement[] {
  const { template } = choice;
  const rng = rngFor(context.seed, 'measurements', plan.row.code, template.code);
  const drawnMean = QUALITY_MEAN[plan.vendor.quality] + rng.normal(0, 0.3);
  // A degrading SLA starts out healthy, so that the decline stands out.
  const mean = choice.degrades ? Math.max(drawnMean, QUALITY_MEAN.strong) : drawnMean;
  const reportsCurrentMonth = choice.degrades || rng.chance(CURRENT_MONTH_REPORTED);
  const baseVolume = template.volume ? rng.int(...template.volume) : 0;
  const levels = {
    direction: template.direction,
    expected: String(template.expected),
    minimum: template.minimum === null ? null : String(template.minimum),
  };
  const rows: PlannedMeasurement[] = [];
  let latent = rng.normal(mean, 1);
  for (const period of months) {
    latent = mean + PERSISTENCE * (latent - mean) + rng.normal(0, Math.sqrt(1 - PERSISTENCE ** 2));
    const monthsAgo = monthsBetweenInclusive(period, context.current) - 1;
    const drift =
      choice.degrades && monthsAgo < DEGRADING_MONTHS
        ? (4.2 * (DEGRADING_MONTHS - monthsAgo)) / DEGRADING_MONTHS
        : 0;
    const unreported = rng.chance(MONTH_UNREPORTED);
    if (gaps.has(period) || unreported || (monthsAgo === 0 && !reportsCurrentMonth)) continue;

    const value = valueAt(template, latent - drift);
    const volume = monthsAgo === 0 ? baseVolume * shareOfMonthSoFar(context.today) : baseVolume;
    const reading = template.volume
      ? ratioReading(rng, template, value, volume)
      : plainReading(template, value);
    const status = slaStatus(levels, reading.actual);
    rows.push({
      engagement: plan.row.code,
      sla: template.code,
      period,
      ...reading,
      source: SOURCE,
      note: noteFor(rng, status, choice.degrades && drift > 0),
      status,
    });
  }
  return rows;
}

/** The actual for a latent score: on the good side it stays close to the target, on the bad side one band a step. */
function valueAt(template: SlaTemplate, score: number): number {
  const sign = template.direction === 'higher_is_better' ? 1 : -1;
  const steps = score >= 0 ? 0.6 * score : score;
  const [low, high] = template.range;
  return Math.min(high, Math.max(low, template.expected + sign * steps * template.band));
}

/** The part of today's month that has passed by the end of today: 15 of 30 days on 15 November. */
function shareOfMonthSoFar(today: IsoDate): number {
  return Number(today.slice(8, 10)) / daysInMonth(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
}

type Reading = Pick<PlannedMeasurement, 'actual' | 'numerator' | 'denominator'>;

function plainReading(template: SlaTemplate, value: number): Reading {
  return { actual: value.toFixed(template.decimals), numerator: null, denominator: null };
}

/** A % reported with its counts (calls answered of calls offered): the actual is computed from them. */
function ratioReading(rng: Rng, template: SlaTemplate, value: number, baseVolume: number): Reading {
  const denominator = Math.max(1, Math.round(baseVolume * (1 + rng.normal(0, 0.08))));
  const numerator = Math.min(denominator, Math.max(0, Math.round((value / 100) * denominator)));
  return {
    actual: ((numerator * 100) / denominator).toFixed(Math.max(2, template.decimals)),
    numerator: String(numerator),
    denominator: String(denominator),
  };
}

function noteFor(rng: Rng, status: PlannedMeasurement['status'], degrading: boolean): string | null {
  if (status === 'met') return null;
  if (degrading) return 'Attrition in the delivery team; recovery plan requested at governance';
  if (status === 'breached') return rng.chance(0.6) ? rng.pick(BREACH_NOTES) : null;
  return rng.chance(0.2) ? rng.pick(MISS_NOTES) : null;
}
