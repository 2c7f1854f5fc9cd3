import { type CycleDaysBucket, type DeliveryCounts, insightMetrics } from '../insight.ts';
import { type Cents, formatMoney } from '../money.ts';
import type { Period } from '../periods.ts';
import type { ReportInsight, Sums } from './portfolio-report.ts';

/**
 * KPO deliveries summed over some engagements and months: what the insight figures are made of. The value realized
 * is already in the reporting currency (each engagement-month converted at its month's rate).
 */
export type InsightSums = DeliveryCounts & {
  valueRealizedCents: Cents;
  cycleDays: CycleDaysBucket[];
  overdue: number;
};

export function emptyInsightSums(): InsightSums {
  return {
    delivered: 0,
    onTime: 0,
    qualitySum: 0,
    qualityCount: 0,
    rework: 0,
    actioned: 0,
    valueRealizedCents: 0,
    cycleDays: [],
    overdue: 0,
  };
}

/**
 * One group of a breakdown (an engagement, a vendor, a month, the whole portfolio…): its figures summed in the
 * reporting currency, whether by the database from the kept figures or by the reference computation over the facts.
 * Every report, series and trend is assembled from these, so both ways give the same answer from the same sums.
 */
export type GroupSums = {
  key: string;
  /** The month, or null for the whole range. */
  period: Period | null;
  sums: Sums;
  /** The net cost of the group's KPO engagements: what the cost per deliverable divides. */
  kpoNetCostCents: Cents;
  insight: InsightSums;
};

/** The report's insight figures of some deliveries and the KPO net cost beside them. */
export function insightFigures(insight: InsightSums, kpoNetCostCents: Cents): ReportInsight {
  const metrics = insightMetrics({ ...insight, kpoNetCostCents });
  return {
    delivered: metrics.delivered,
    onTimePct: metrics.onTimePct,
    medianCycleDays: metrics.medianCycleDays,
    meanQuality: metrics.meanQuality,
    reworkPct: metrics.reworkPct,
    adoptionPct: metrics.adoptionPct,
    valueRealized: formatMoney(metrics.valueRealizedCents),
    costPerDeliverable:
      metrics.costPerDeliverableCents === null ? null : formatMoney(metrics.costPerDeliverableCents),
    overdue: metrics.overdue,
  };
}
