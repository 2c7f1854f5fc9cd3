import { type ChartRow, monthRow } from '../../lib/chart-rows.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

type InsightPoint = RouterOutputs['insight']['monthly'][number];

const num = (value: string | null) => (value === null ? null : Number(value));

/** Deliverables delivered per month, on time and late. */
export function deliveries(points: readonly InsightPoint[]): ChartRow[] {
  return points.map((p) => monthRow(p.period, { onTime: p.onTime, late: p.late }));
}

/** Median cycle time (request to delivery) of each month's deliveries. */
export function cycleTime(points: readonly InsightPoint[]): ChartRow[] {
  return points.map((p) => monthRow(p.period, { medianCycleDays: p.medianCycleDays }));
}

/** Mean quality rating and rework rate per month. */
export function qualityAndRework(points: readonly InsightPoint[]): ChartRow[] {
  return points.map((p) => monthRow(p.period, { meanQuality: p.meanQuality, reworkPct: p.reworkPct }));
}

/** Value realized (of deliverables acted on) and adoption rate per month. */
export function adoptionAndValue(points: readonly InsightPoint[]): ChartRow[] {
  return points.map((p) =>
    monthRow(p.period, { valueRealized: num(p.valueRealized), adoptionPct: p.adoptionPct }),
  );
}

/** KPO net cost ÷ deliverables delivered, per month. */
export function costPerDeliverable(points: readonly InsightPoint[]): ChartRow[] {
  return points.map((p) => monthRow(p.period, { costPerDeliverable: num(p.costPerDeliverable) }));
}
