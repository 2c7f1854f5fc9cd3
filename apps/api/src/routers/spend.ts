import { loadChargesByCategory, loadFxRatesThrough, loadPortfolioFacts } from '@portfolio/db';
import {
  buildFiscalBudgets,
  buildSpendByCategory,
  buildSpendByCurrency,
  fiscalYearsTouching,
  reportInputSchema,
  reportScope,
} from '@portfolio/domain';
import { cachedFigures } from '../cached-figures.ts';
import { readProcedure, router } from '../trpc.ts';
import { countedMonths, factsFor } from './facts-for.ts';

export const spendRouter = router({
  /** Charges by category, in the reporting currency. */
  byCategory: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const { scope, facts } = await factsFor(ctx, input);
      const { first, last } = countedMonths(scope);
      const rows = scope.months.length === 0 ? [] : await loadChargesByCategory(ctx.db, input, first, last);
      return buildSpendByCategory(rows, facts, ctx.currency);
    }),
  ),

  /** Charges by the currency they were billed in, and in the reporting currency. */
  byCurrency: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const { facts } = await factsFor(ctx, input);
      return buildSpendByCurrency(facts, ctx.currency);
    }),
  ),

  /** Budget, actual and run-rate forecast of each fiscal year the range touches (whole fiscal years). */
  budget: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const fiscalYears = fiscalYearsTouching(input.from, input.to, ctx.fiscalYearStart);
      const first = fiscalYears[0];
      const last = fiscalYears.at(-1);
      if (!first || !last) return { currency: ctx.currency, years: [] };
      const scope = reportScope(first.from, last.to, ctx.clock.today());
      // Budgets run to the end of the fiscal year: every rate on record to then, the last one carried forward.
      const [facts, fxRates] = await Promise.all([
        loadPortfolioFacts(ctx.db, input, scope),
        loadFxRatesThrough(ctx.db, last.to),
      ]);
      const asOfMonth = scope.asOfDate.slice(0, 7);
      return {
        currency: ctx.currency,
        years: buildFiscalBudgets({ ...facts, fxRates }, fiscalYears, asOfMonth, ctx.currency),
      };
    }),
  ),
});
