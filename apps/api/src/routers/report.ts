import { loadPortfolioFacts } from '@portfolio/db';
import { buildPortfolioReport, reportInputSchema, reportScope } from '@portfolio/domain';
import { publicProcedure, router } from '../trpc.ts';

export const reportRouter = router({
  /** The portfolio report of DESIGN.md's report contract, for a range of months and a filter. */
  portfolio: publicProcedure.input(reportInputSchema).query(async ({ ctx, input }) => {
    const scope = reportScope(input.from, input.to, ctx.clock.today());
    const facts = await loadPortfolioFacts(ctx.db, input, scope);
    return buildPortfolioReport(facts, scope, ctx.currency);
  }),
});
