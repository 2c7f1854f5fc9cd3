import { loadSlaGrid } from '@portfolio/db';
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
import { cachedFigures } from '../cached-figures.ts';
import { readProcedure, router } from '../trpc.ts';
import { countedMonths, factsFor } from './facts-for.ts';

const seriesInputSchema = reportInputSchema.and(
  z.object({ by: z.enum(SERIES_DIMENSIONS).default('total'), perMonth: z.boolean().default(true) }),
);
const gridInputSchema = reportInputSchema.and(
  z.object({ limit: z.number().int().min(1).max(2000).default(300) }),
);

export const reportRouter = router({
  /** The portfolio report of DESIGN.md's report contract, for a range of months and a filter. */
  portfolio: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const { scope, facts } = await factsFor(ctx, input);
      return buildPortfolioReport(facts, scope, ctx.currency);
    }),
  ),

  /** The same figures per month and/or broken down by a dimension, for the dashboard's charts. */
  series: readProcedure.input(seriesInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const { scope, facts } = await factsFor(ctx, input);
      return buildSeries(facts, scope, ctx.currency, input.by, input.perMonth);
    }),
  ),

  /** Every service credit that arose in the range, with the terms and measurements that decided it. */
  creditLedger: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const { scope, facts } = await factsFor(ctx, input);
      return buildCreditLedger(facts, scope, ctx.currency);
    }),
  ),

  /** The SLA status grid: engagement × SLA × month, for the months counted in the range. */
  slaGrid: readProcedure.input(gridInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const scope = reportScope(input.from, input.to, ctx.clock.today());
      const { first, last } = countedMonths(scope);
      const { slas, measurements, truncated } = await loadSlaGrid(ctx.db, input, first, last, input.limit);
      return { months: scope.months, truncated, rows: buildSlaGrid(slas, measurements, scope.months) };
    }),
  ),
});
