import { compareDecimals, parseDecimal } from '../decimal.ts';
import type { PortfolioReport } from './portfolio-report.ts';
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
  const engagementCount = { all: engagements.length, BPO: 0, KPO: 0 };
  for (const engagement of engagements) engagementCount[engagement.type] += 1;
  return { ...rest, engagementCount };
}

/** The `count` points of highest net cost, highest first (ties by key), compared exactly. */
export function topByNetCost(points: readonly SeriesPoint[], count: number): SeriesPoint[] {
  return points
    .map((point) => ({ point, netCost: parseDecimal(point.netCost) }))
    .sort((a, b) => compareDecimals(b.netCost, a.netCost) || a.point.key.localeCompare(b.point.key))
    .slice(0, count)
    .map(({ point }) => point);
}
