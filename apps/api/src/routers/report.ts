import { loadKeptCredits, loadSlaGrid } from '@portfolio/db';
import {
  buildSlaGrid,
  creditLedger,
  reportInputSchema,
  reportScope,
  type SeriesInput,
  seriesFromGroups,
  seriesInputSchema,
  slaGridInputSchema,
  topByNetCost,
} from '@portfolio/domain';
import { cachedFigures, keptFigures } from '../cached-figures.ts';
import type { AppContext } from '../context.ts';
import { filterOf, groupSums, portfolioReport, portfolioSummary, scopeOf } from '../figures.ts';
import { readProcedure, router } from '../trpc.ts';
import { gridRowLimit, withinAnswerLimit } from './answer-limits.ts';
import { countedMonths } from './counted-months.ts';

/** The series of an input, kept per data version. */
function series(ctx: AppContext, input: Omit<SeriesInput, 'top'>) {
  return keptFigures(ctx, 'report.series', input, async () => {
    const groups = await groupSums(ctx, input, { by: input.by, perMonth: input.perMonth });
    return withinAnswerLimit(seriesFromGroups(groups), 'This series');
  });
}

export const reportRouter = router({
  /** The portfolio report of DESIGN.md's report contract, for a range of months and a filter. */
  portfolio: readProcedure.input(reportInputSchema).query(({ ctx, input }) => portfolioReport(ctx, input)),

  /** The report's totals and insight, and its engagements counted by type, without a row per engagement. */
  summary: readProcedure.input(reportInputSchema).query(({ ctx, input }) => portfolioSummary(ctx, input)),

  /** The same figures per month and/or broken down by a dimension, for the dashboard's charts. */
  series: readProcedure.input(seriesInputSchema).query(({ ctx, input }) => {
    const { top, ...rest } = input;
    if (top === undefined) return series(ctx, rest);
    // Kept as well; the top groups are cut before their deliveries are summed and their points made, so thousands
    // are not summed and formatted for ten.
    return keptFigures(ctx, 'report.series', input, async () => {
      const groups = await groupSums(ctx, rest, { by: rest.by, perMonth: rest.perMonth }, { top });
      return topByNetCost(seriesFromGroups(groups), top);
    });
  }),

  /** Every service credit that arose in the range, with the terms and measurements that decided it. */
  creditLedger: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const credits = await loadKeptCredits(ctx.db, filterOf(input), scopeOf(ctx, input), ctx.currency);
      return withinAnswerLimit(creditLedger(credits), 'The credit ledger of this range');
    }),
  ),

  /** The SLA status grid: engagement × SLA × month, for the months counted in the range. */
  slaGrid: readProcedure.input(slaGridInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const scope = reportScope(input.from, input.to, ctx.clock.today());
      const { first, last } = countedMonths(scope);
      const limit = gridRowLimit(input.limit, scope.months.length);
      const { slas, measurements, truncated } = await loadSlaGrid(ctx.db, input, first, last, limit);
      return { months: scope.months, truncated, rows: buildSlaGrid(slas, measurements, scope.months) };
    }),
  ),
});
