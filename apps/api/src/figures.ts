import type { FigureGrouping } from '@portfolio/db';
import {
  type EngagementFilter,
  emptySums,
  type PortfolioReport,
  type ReportInput,
  type ReportScope,
  type ReportSummary,
  reportFromSums,
  reportScope,
  summaryFromTotals,
} from '@portfolio/domain';
import { keptFigures } from './cached-figures.ts';
import type { AppContext } from './context.ts';

/**
 * The figures every dashboard procedure starts from: each engagement's figure cells, kept per range and read again
 * only where a write moved them (figure-cells.ts), grouped and assembled by the domain. Answers are kept per data
 * version as a second layer (answer-cache.ts).
 */

/** Only what selects the engagements: callers pass their whole input (`by`, `limit`, …). */
export function filterOf(input: EngagementFilter): EngagementFilter {
  const { vendors, types, serviceLines, locations, businessUnits, engagements } = input;
  return { vendors, types, serviceLines, locations, businessUnits, engagements };
}

export function scopeOf(ctx: AppContext, input: { from: string; to: string }): ReportScope {
  return reportScope(input.from, input.to, ctx.clock.today());
}

/** The engagements an input selects, its range, and the reporting currency: what every sum is read for. */
export function selectionOf(ctx: AppContext, input: ReportInput) {
  return { filter: filterOf(input), scope: scopeOf(ctx, input), currency: ctx.currency };
}

/**
 * The sums of a selection grouped as asked, with or without its deliveries, of every group or of the `top` groups
 * of highest net cost.
 */
export function groupSums(
  ctx: AppContext,
  input: ReportInput,
  grouping: FigureGrouping,
  { insight = true, top }: { insight?: boolean; top?: number } = {},
) {
  return ctx.figureCells.groupSums({
    ...selectionOf(ctx, input),
    grouping,
    insight,
    top,
  });
}

/**
 * What the summary, the report and the scorecards start from: the selection's figure cells, grouped as the caller
 * needs (one total for the summary, one group per engagement for the report), and the engagements the report lists.
 */
export async function listedAndSelected(ctx: AppContext, input: ReportInput, grouping: FigureGrouping) {
  const selection = selectionOf(ctx, input);
  const selected = await ctx.figureCells.select({ ...selection, grouping });
  return { scope: selection.scope, listed: selected.listed(), selected };
}

/**
 * The report's totals, insight and engagement counts without its rows (summarizeReport of the report), from the
 * listed engagements' figures summed as one group: the overview's tiles need no row per engagement.
 */
export function portfolioSummary(ctx: AppContext, input: ReportInput): Promise<ReportSummary> {
  return keptFigures(ctx, 'report.summary', input, async () => {
    const { scope, listed, selected } = await listedAndSelected(ctx, input, { by: 'total', perMonth: false });
    const [total] = selected.groupSums({
      insight: false,
      only: new Set(listed.map((engagement) => engagement.id)),
    });
    return summaryFromTotals({
      range: { from: scope.from, to: scope.to },
      currency: ctx.currency,
      listed,
      totals: total?.sums ?? emptySums(),
      kpoNetCostCents: total?.kpoNetCostCents ?? 0,
      insight: selected.insight(),
    });
  });
}

/** The portfolio report of DESIGN.md's report contract, kept per data version. */
export function portfolioReport(ctx: AppContext, input: ReportInput): Promise<PortfolioReport> {
  return keptFigures(ctx, 'report.portfolio', input, async () => {
    const { scope, listed, selected } = await listedAndSelected(ctx, input, {
      by: 'engagement',
      perMonth: false,
    });
    return reportFromSums({
      scope,
      currency: ctx.currency,
      listed,
      sumsByEngagement: selected.engagementSums(),
      insight: selected.insight(),
    });
  });
}
