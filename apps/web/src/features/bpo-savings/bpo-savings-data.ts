import { SERVICE_LINE_LABELS, type ServiceLine } from '@portfolio/domain';
import { type ChartRow, monthRow } from '../../lib/chart-rows.ts';
import { humanize } from '../../lib/format.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

type SavingsPoint = RouterOutputs['savings']['trend'][number];
type SeriesPoint = RouterOutputs['report']['series'][number];

export type Dimension = 'serviceLine' | 'vendor' | 'location';

const num = (value: string | null) => (value === null ? null : Number(value));

/** Baseline, net cost of the same engagements and savings, per month. */
export function savingsOverTime(points: readonly SavingsPoint[]): ChartRow[] {
  return points.map((p) =>
    monthRow(p.period, {
      baseline: num(p.baseline),
      netCost: num(p.netCostVsBaseline),
      savings: num(p.savings),
    }),
  );
}

/** Realized and planned savings added up month by month from the start of the range. */
export function cumulativeSavings(points: readonly SavingsPoint[]): ChartRow[] {
  return points.map((p) =>
    monthRow(p.period, { realized: num(p.cumulativeSavings), planned: num(p.cumulativePlannedSavings) }),
  );
}

/** Service credits as a share of the month's charges: all that arose, and those withheld (owed + pending). */
export function creditShare(points: readonly SavingsPoint[]): ChartRow[] {
  return points.map((p) => monthRow(p.period, { arose: p.creditsPct, withheld: p.creditsWithheldPct }));
}

/** How a breakdown's key reads. */
export function dimensionLabel(dimension: Dimension, key: string): string {
  if (dimension === 'serviceLine') return SERVICE_LINE_LABELS[key as ServiceLine] ?? key;
  if (dimension === 'location') return humanize(key);
  return key;
}

export interface BreakdownRow extends ChartRow {
  baseline: number | null;
  netCost: number | null;
  savings: number | null;
  savingsPct: number | null;
}

/** Savings by a dimension (engagements with a baseline only), largest savings first. */
export function savingsBreakdown(points: readonly SeriesPoint[], dimension: Dimension): BreakdownRow[] {
  return points
    .filter((p) => p.baseline !== null)
    .map((p) => ({
      key: p.key,
      label: dimensionLabel(dimension, p.key),
      baseline: num(p.baseline),
      netCost: num(p.netCost),
      savings: num(p.savings),
      savingsPct: p.savingsPct,
    }))
    .sort((a, b) => (b.savings ?? 0) - (a.savings ?? 0));
}
