import { loadBreaches, loadMissingReportFacts, loadSlaTrends, loadTopBreaches } from '@portfolio/db';
import {
  buildSlaGrid,
  closedMonthsOf,
  missingReportRows,
  missingReportsByVendor,
  missingReportsInputSchema,
  reportListInputSchema,
  reportScope,
  slaTrendInputSchema,
} from '@portfolio/domain';
import { cachedFigures } from '../cached-figures.ts';
import { readProcedure, router } from '../trpc.ts';
import { countedMonths } from './counted-months.ts';

export const slasRouter = router({
  /**
   * The SLAs of an engagement (or one of them) with their levels and a point per counted month of the range:
   * the measured actual and status, `unreported`, or nothing where the engagement did not run.
   */
  trend: readProcedure.input(slaTrendInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const scope = reportScope(input.from, input.to, ctx.clock.today());
      const { first, last } = countedMonths(scope);
      const { slas, measurements } = await loadSlaTrends(ctx.db, input.engagement, input.sla, first, last);
      const allocation = new Map(slas.map((sla) => [sla.slaId, sla.allocationPct]));
      return buildSlaGrid(slas, measurements, scope.months).map((row) => ({
        ...row,
        allocationPct: allocation.get(row.slaId) ?? null,
      }));
    }),
  ),

  /** Every breached measurement of the range, latest first. */
  breaches: readProcedure.input(reportListInputSchema).query(
    cachedFigures(({ ctx, input }) => {
      const scope = reportScope(input.from, input.to, ctx.clock.today());
      const { first, last } = countedMonths(scope);
      return loadBreaches(ctx.db, input, first, last, input.limit);
    }),
  ),

  /** The SLAs breached most often in the range. */
  topBreaches: readProcedure.input(reportListInputSchema).query(
    cachedFigures(({ ctx, input }) => {
      const scope = reportScope(input.from, input.to, ctx.clock.today());
      const { first, last } = countedMonths(scope);
      return loadTopBreaches(ctx.db, input, first, last, input.limit);
    }),
  ),

  /**
   * The SLAs left unreported in the closed months of the range (default: the last 12 closed months), per vendor,
   * with the days since each month closed and the request to send the vendor.
   */
  missingReports: readProcedure.input(missingReportsInputSchema.optional()).query(
    cachedFigures(async ({ ctx, input }) => {
      const { from, to, ...filter } = input ?? {};
      const today = ctx.clock.today();
      const months = closedMonthsOf(from !== undefined && to !== undefined ? { from, to } : undefined, today);
      const facts = await loadMissingReportFacts(ctx.db, filter, months);
      const vendors = missingReportsByVendor(facts, today);
      return {
        today,
        months: { from: months[0] ?? null, to: months.at(-1) ?? null },
        vendors,
        rows: missingReportRows(vendors),
      };
    }),
  ),
});
