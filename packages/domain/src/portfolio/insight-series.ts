import type { Period } from '../periods.ts';
import type { GroupSums } from './group-sums.ts';
import { seriesFromGroups } from './series.ts';

/**
 * KPO insight delivery month by month (by delivery month): delivered on time and late, and the report's insight
 * metrics over each month's deliveries, beside the month's KPO net cost. `byMonth` holds the whole selection's
 * sums of each counted month.
 */
export function insightSeries(months: readonly Period[], byMonth: readonly GroupSums[]) {
  const groups = new Map(byMonth.map((group) => [group.period, group]));
  const points = new Map(seriesFromGroups(byMonth).map((point) => [point.period, point]));
  return months.map((period) => {
    const point = points.get(period);
    const delivered = point?.insight.delivered ?? 0;
    const inTime = groups.get(period)?.insight.onTime ?? 0;
    return {
      period,
      delivered,
      onTime: inTime,
      late: delivered - inTime,
      onTimePct: point?.insight.onTimePct ?? null,
      medianCycleDays: point?.insight.medianCycleDays ?? null,
      meanQuality: point?.insight.meanQuality ?? null,
      reworkPct: point?.insight.reworkPct ?? null,
      adoptionPct: point?.insight.adoptionPct ?? null,
      valueRealized: point?.insight.valueRealized ?? '0.00',
      costPerDeliverable: point?.insight.costPerDeliverable ?? null,
      netCost: point?.netCost ?? '0.00',
    };
  });
}

export type InsightSeriesPoint = ReturnType<typeof insightSeries>[number];
