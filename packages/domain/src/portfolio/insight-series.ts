import type { PortfolioFacts } from './facts.ts';
import type { ReportScope } from './report-scope.ts';
import { buildSeries } from './series.ts';

/**
 * KPO insight delivery month by month (by delivery month): delivered on time and late, and the report's insight
 * metrics over each month's deliveries, beside the month's KPO net cost.
 */
export function buildInsightSeries(facts: PortfolioFacts, scope: ReportScope, currency: string) {
  const points = new Map(
    buildSeries(facts, scope, currency, 'total', true).map((point) => [point.period, point]),
  );
  const onTime = new Map<string, number>();
  for (const row of facts.deliveries) onTime.set(row.period, (onTime.get(row.period) ?? 0) + row.onTime);
  return scope.months.map((period) => {
    const point = points.get(period);
    const delivered = point?.insight.delivered ?? 0;
    const inTime = onTime.get(period) ?? 0;
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

export type InsightSeriesPoint = ReturnType<typeof buildInsightSeries>[number];
