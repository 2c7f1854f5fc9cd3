import { type FigureGrouping, loadListedEngagements } from '@portfolio/db';
import {
  type EngagementFilter,
  type PortfolioReport,
  type ReportInput,
  type ReportScope,
  reportFromSums,
  reportScope,
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

/** The sums of a selection grouped as asked, with or without its deliveries. */
export function groupSums(ctx: AppContext, input: ReportInput, grouping: FigureGrouping, insight = true) {
  return ctx.figureCells.groupSums({
    filter: filterOf(input),
    scope: scopeOf(ctx, input),
    currency: ctx.currency,
    grouping,
    insight,
  });
}

/** The portfolio report of DESIGN.md's report contract, kept per data version. */
export function portfolioReport(ctx: AppContext, input: ReportInput): Promise<PortfolioReport> {
  return keptFigures(ctx, 'report.portfolio', input, async () => {
    const scope = scopeOf(ctx, input);
    const filter = filterOf(input);
    const selection = { filter, scope, currency: ctx.currency };
    const [listed, byEngagement, insight] = await Promise.all([
      loadListedEngagements(ctx.db, filter, scope),
      ctx.figureCells.groupSums({
        ...selection,
        grouping: { by: 'engagement', perMonth: false },
        insight: false,
      }),
      ctx.figureCells.insight(selection),
    ]);
    const sumsByCode = new Map(byEngagement.map((group) => [group.key, group.sums]));
    return reportFromSums({
      scope,
      currency: ctx.currency,
      listed,
      sumsByEngagement: new Map(
        listed.flatMap((row) => {
          const sums = sumsByCode.get(row.code);
          return sums ? [[row.id, sums] as const] : [];
        }),
      ),
      insight,
    });
  });
}
