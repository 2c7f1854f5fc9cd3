import { compareDates, daysBetween, type IsoDate } from './dates.ts';
import { assertCents, type Cents, roundHalfUp, toCents } from './money.ts';

/** How many delivered deliverables took `days` from request to delivery. */
export type CycleDaysBucket = { days: number; count: number };

/**
 * KPO deliverables delivered, counted: what every sum of deliveries (a fact, a figure cell, a group's sums, the
 * insight's aggregates) is made of, besides the value they realized.
 */
export type DeliveryCounts = {
  delivered: number;
  onTime: number;
  qualitySum: number;
  qualityCount: number;
  /** Deliverables with revisions > 0. */
  rework: number;
  actioned: number;
};

/** KPO deliverables delivered in a range, aggregated (in SQL) for the insight metrics. */
export type InsightAggregates = DeliveryCounts & {
  cycleDays: readonly CycleDaysBucket[];
  /** Sum of the estimated value of actioned deliverables, in the reporting currency. */
  valueRealizedCents: Cents;
  kpoNetCostCents: Cents;
  overdue: number;
};

/** The insight's rates, alike in its metrics (amounts in cents) and in the report (amounts as money). */
export type InsightRates = {
  delivered: number;
  onTimePct: number | null;
  medianCycleDays: number | null;
  meanQuality: number | null;
  reworkPct: number | null;
  adoptionPct: number | null;
};

/** Insight delivery; every rate or average over nothing is null, percentages are unrounded. */
export type InsightMetrics = InsightRates & {
  valueRealizedCents: Cents;
  costPerDeliverableCents: Cents | null;
  overdue: number;
};

/** Whether a deliverable was on time: delivered on or before its due date. */
export function isOnTime(dueDate: IsoDate, deliveredDate: IsoDate): boolean {
  return compareDates(deliveredDate, dueDate) <= 0;
}

/** Cycle time in whole days from request to delivery. */
export function cycleDays(requestedDate: IsoDate, deliveredDate: IsoDate): number {
  return daysBetween(requestedDate, deliveredDate);
}

/** Overdue: due before the as-of date and not delivered by it. */
export function isOverdue(dueDate: IsoDate, deliveredDate: IsoDate | null, asOf: IsoDate): boolean {
  const deliveredByAsOf = deliveredDate !== null && compareDates(deliveredDate, asOf) <= 0;
  return compareDates(dueDate, asOf) < 0 && !deliveredByAsOf;
}

/** The median of a histogram of values; of an even count, the mean of the middle two; null when empty. */
export function medianFromHistogram(histogram: readonly CycleDaysBucket[]): number | null {
  const buckets = histogram.filter((bucket) => bucket.count > 0).sort((a, b) => a.days - b.days);
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  if (total === 0) return null;
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const bucket of buckets) {
      seen += bucket.count;
      if (position < seen) return bucket.days;
    }
    return Number.NaN; // unreachable: position < total
  };
  return (valueAt(Math.floor((total - 1) / 2)) + valueAt(Math.floor(total / 2))) / 2;
}

function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : (part * 100) / whole;
}

/**
 * Insight delivery over the deliverables delivered in a range: on-time, rework and adoption rates, median cycle
 * days, mean quality, value realized and cost per deliverable (net cost ÷ delivered, rounded half-up to the cent).
 */
export function insightMetrics(input: InsightAggregates): InsightMetrics {
  assertCents(input.valueRealizedCents, 'Value realized');
  assertCents(input.kpoNetCostCents, 'KPO net cost');
  const { delivered } = input;
  return {
    delivered,
    onTimePct: pct(input.onTime, delivered),
    medianCycleDays: delivered === 0 ? null : medianFromHistogram(input.cycleDays),
    meanQuality: delivered === 0 || input.qualityCount === 0 ? null : input.qualitySum / input.qualityCount,
    reworkPct: pct(input.rework, delivered),
    adoptionPct: pct(input.actioned, delivered),
    valueRealizedCents: input.valueRealizedCents,
    costPerDeliverableCents:
      delivered === 0 ? null : toCents(roundHalfUp(BigInt(input.kpoNetCostCents), BigInt(delivered))),
    overdue: input.overdue,
  };
}
