import { loadCriticalSlaCounts, loadVendor } from '@portfolio/db';
import { reportInputSchema, seriesFromGroups, vendorNameSchema, vendorScorecards } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { cachedFigures } from '../cached-figures.ts';
import { filterOf, listedAndSelected, scopeOf } from '../figures.ts';
import { readProcedure, router } from '../trpc.ts';

export const vendorsRouter = router({
  /**
   * A scorecard per vendor: attainment, critical SLAs, credits, savings or insight figures, and the score and band
   * with how they were made (components, weights, critical-breach penalty and cap).
   */
  scorecards: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const [{ listed, selected }, critical] = await Promise.all([
        listedAndSelected(ctx, input, { by: 'vendor', perMonth: false }),
        loadCriticalSlaCounts(ctx.db, filterOf(input), scopeOf(ctx, input)),
      ]);
      return vendorScorecards(seriesFromGroups(selected.groupSums()), listed, critical);
    }),
  ),

  /** A vendor's record; NOT_FOUND for an unknown name. */
  detail: readProcedure.input(vendorNameSchema).query(async ({ ctx, input }) => {
    const vendor = await loadVendor(ctx.db, input.name);
    if (!vendor) throw new TRPCError({ code: 'NOT_FOUND', message: `No vendor named ${input.name}` });
    return vendor;
  }),
});
