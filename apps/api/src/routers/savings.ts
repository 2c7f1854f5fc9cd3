import { buildSavingsTrend, reportInputSchema } from '@portfolio/domain';
import { cachedFigures } from '../cached-figures.ts';
import { readProcedure, router } from '../trpc.ts';
import { factsFor } from './facts-for.ts';

export const savingsRouter = router({
  /** Baseline against net cost, realized and planned savings (and their running totals), credits ÷ charges. */
  trend: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const { scope, facts } = await factsFor(ctx, input);
      return buildSavingsTrend(facts, scope, ctx.currency);
    }),
  ),
});
