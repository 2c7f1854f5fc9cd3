import { loadPortfolioFacts, loadSlaGrid } from '@portfolio/db';
import {
  buildCreditLedger,
  buildPortfolioReport,
  buildSeries,
  buildSlaGrid,
  reportInputSchema,
  reportScope,
  SERIES_DIMENSIONS,
} from '@portfolio/domain';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { readProcedure, router } from '../trpc.ts';

type ReportInput = z.infer<typeof reportInputSchema>;

/** The scope and the SQL-aggregated facts of a report input: what every report procedure starts from. */
async function factsFor(ctx: AppContext, input: ReportInput) {
  const scope = reportScope(input.from, input.to, ctx.clock.today());
  return { scope, facts: await loadPortfolioFacts(ctx.db, input, scope) };
}

const seriesInputSchema = reportInputSchema.and(
  z.object({ by: z.enum(SERIES_DIMENSIONS).default('total'), perMonth: z.boolean().default(true) }),
);
const gridInputSchema = reportInputSchema.and(
  z.object({ limit: z.number().int().min(1).max(2000).default(300) }),
);

export const reportRouter = router({
  /** The portfolio report of DESIGN.md's report contract, for a range of months and a filter. */
  portfolio: readProcedure.input(reportInputSchema).query(async ({ ctx, input }) => {
    const { scope, facts } = await factsFor(ctx, input);
    return buildPortfolioReport(facts, scope, ctx.currency);
  }),

  /** The same figures per month and/or broken down by a dimension, for the dashboard's charts. */
  series: readProcedure.input(seriesInputSchema).query(async ({ ctx, input }) => {
    const { scope, facts } = await factsFor(ctx, input);
    return buildSeries(facts, scope, ctx.currency, input.by, input.perMonth);
  }),

  /** Every service credit that arose in the range, with the terms and measurements that decided it. */
  creditLedger: readProcedure.input(reportInputSchema).query(async ({ ctx, input }) => {
    const { scope, facts } = await factsFor(ctx, input);
    return buildCreditLedger(facts, scope, ctx.currency);
  }),

  /** The SLA status grid: engagement × SLA × month, for the months counted in the range. */
  slaGrid: readProcedure.input(gridInputSchema).query(async ({ ctx, input }) => {
    const scope = reportScope(input.from, input.to, ctx.clock.today());
    const first = scope.months[0] ?? input.from;
    const last = scope.months.at(-1) ?? input.from;
    const { slas, measurements, truncated } = await loadSlaGrid(ctx.db, input, first, last, input.limit);
    return { months: scope.months, truncated, rows: buildSlaGrid(slas, measurements, scope.months) };
  }),
});
