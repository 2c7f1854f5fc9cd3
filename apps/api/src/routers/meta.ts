import { publicProcedure, router } from '../trpc.ts';

export const metaRouter = router({
  /** What the dashboard needs to know of the server's settings: reporting currency, fiscal year, today. */
  info: publicProcedure.query(({ ctx }) => ({
    currency: ctx.currency,
    fiscalYearStart: ctx.fiscalYearStart,
    today: ctx.clock.today(),
  })),
});
