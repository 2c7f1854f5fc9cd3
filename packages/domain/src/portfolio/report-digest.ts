import { compareDecimals, parseDecimal } from '../decimal.ts';
import type { Cents } from '../money.ts';
import { type GroupSums, type InsightSums, insightFigures } from './group-sums.ts';
import { type ListedEngagement, type PortfolioReport, type Sums, toFigures } from './portfolio-report.ts';
import type { SeriesPoint } from './series.ts';

/**
 * The report without a row per engagement: its range, totals and insight, and how many engagements it lists of
 * each type. What the overview's tiles show; the full report of a large portfolio carries thousands of rows.
 */
export type ReportSummary = Omit<PortfolioReport, 'engagements'> & {
  engagementCount: { all: number; BPO: number; KPO: number };
};

export function summarizeReport(report: PortfolioReport): ReportSummary {
  const { engagements, ...rest } = report;
  return { ...rest, engagementCount: countByType(engagements) };
}

function countByType(engagements: readonly { type: 'BPO' | 'KPO' }[]): ReportSummary['engagementCount'] {
  const count = { all: engagements.length, BPO: 0, KPO: 0 };
  for (const engagement of engagements) count[engagement.type] += 1;
  return count;
}

/**
 * The summary from the sums of the listed engagements taken together, without a row for each: what
 * `summarizeReport(reportFromSums(…))` gives (the totals' baseline is 0 when none of them has one).
 */
export function summaryFromTotals(input: {
  range: { from: string; to: string };
  currency: string;
  listed: readonly ListedEngagement[];
  totals: Sums;
  kpoNetCostCents: Cents;
  insight: InsightSums;
}): ReportSummary {
  const { totals } = input;
  return {
    range: input.range,
    currency: input.currency,
    totals: toFigures({ ...totals, baseline: totals.baseline ?? 0 }),
    insight: insightFigures(input.insight, input.kpoNetCostCents),
    engagementCount: countByType(input.listed),
  };
}

/** The `count` groups of highest net cost (ties by key, then month): the groups `topByNetCost` keeps of their points. */
export function topGroupsByNetCost(groups: readonly GroupSums[], count: number): GroupSums[] {
  return [...groups]
    .sort(
      (a, b) =>
        b.sums.netCost - a.sums.netCost ||
        a.key.localeCompare(b.key) ||
        (a.period ?? '').localeCompare(b.period ?? ''),
    )
    .slice(0, count);
}

/** The `count` points of highest net cost, highest first (ties by key), compared exactly. */
export function topByNetCost(points: readonly SeriesPoint[], count: number): SeriesPoint[] {
  return points
    .map((point) => ({ point, netCost: parseDecimal(point.netCost) }))
    .sort((a, b) => compareDecimals(b.netCost, a.netCost) || a.point.key.localeCompare(b.point.key))
    .slice(0, count)
    .map(({ point }) => point);
}
