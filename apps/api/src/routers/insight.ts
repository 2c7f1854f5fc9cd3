import { loadOverdueDeliverables } from '@portfolio/db';
import { insightSeries, reportInputSchema, reportListInputSchema, reportScope } from '@portfolio/domain';
import { cachedFigures } from '../cached-figures.ts';
import { groupSums, scopeOf } from '../figures.ts';
import { readProcedure, router } from '../trpc.ts';

export const insightRouter = router({
  /** KPO insight delivery per delivery month: on time and late, cycle time, quality, rework, adoption, value, cost. */
  monthly: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const months = await groupSums(ctx, input, { by: 'total', perMonth: true });
      return insightSeries(scopeOf(ctx, input).months, months);
    }),
  ),

  /** The KPO deliverables overdue at the as-of date, longest overdue first. */
  overdue: readProcedure.input(reportListInputSchema).query(
    cachedFigures(({ ctx, input }) => {
      const scope = reportScope(input.from, input.to, ctx.clock.today());
      return loadOverdueDeliverables(ctx.db, input, scope.asOfDate, input.limit);
    }),
  ),
});
