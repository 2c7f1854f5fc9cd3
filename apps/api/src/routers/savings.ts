import { reportInputSchema, savingsTrend } from '@portfolio/domain';
import { cachedFigures } from '../cached-figures.ts';
import { groupSums, scopeOf } from '../figures.ts';
import { readProcedure, router } from '../trpc.ts';

export const savingsRouter = router({
  /** Baseline against net cost, realized and planned savings (and their running totals), credits ÷ charges. */
  trend: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const months = await groupSums(ctx, input, { by: 'total', perMonth: true }, { insight: false });
      return savingsTrend(scopeOf(ctx, input).months, new Map(months.map((m) => [m.period ?? '', m.sums])));
    }),
  ),
});
