import {
  loadBudgetFacts,
  loadCreditNotes,
  loadEngagementTerms,
  loadFxRatesThrough,
  loadSpendByCategory,
  loadSpendByCurrency,
} from '@portfolio/db';
import {
  budgetTable,
  buildFiscalBudgets,
  creditNotesFigure,
  fiscalYearOf,
  fiscalYearsTouching,
  periodOfDate,
  reportInputSchema,
  reportScope,
  spendByCategory,
  spendByCurrency,
} from '@portfolio/domain';
import { cachedFigures } from '../cached-figures.ts';
import { filterOf, scopeOf, selectionOf } from '../figures.ts';
import { readProcedure, router } from '../trpc.ts';

export const spendRouter = router({
  /** Charges by category, in the reporting currency. */
  byCategory: readProcedure
    .input(reportInputSchema)
    .query(
      cachedFigures(async ({ ctx, input }) =>
        spendByCategory(await loadSpendByCategory(ctx.db, selectionOf(ctx, input))),
      ),
    ),

  /** Charges by the currency they were billed in, and in the reporting currency. */
  byCurrency: readProcedure
    .input(reportInputSchema)
    .query(
      cachedFigures(async ({ ctx, input }) =>
        spendByCurrency(await loadSpendByCurrency(ctx.db, selectionOf(ctx, input))),
      ),
    ),

  /** The credit notes of the range (negative charge lines, every category), in the reporting currency. */
  creditNotes: readProcedure
    .input(reportInputSchema)
    .query(
      cachedFigures(async ({ ctx, input }) =>
        creditNotesFigure(await loadCreditNotes(ctx.db, selectionOf(ctx, input))),
      ),
    ),

  /** Budget, actual and run-rate forecast of each fiscal year the range touches (whole fiscal years). */
  budget: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const fiscalYears = fiscalYearsTouching(input.from, input.to, ctx.fiscalYearStart);
      const first = fiscalYears[0];
      const last = fiscalYears.at(-1);
      if (!first || !last) return { currency: ctx.currency, years: [] };
      const filter = filterOf(input);
      const scope = reportScope(first.from, last.to, ctx.clock.today());
      // Budgets run to the end of the fiscal year: every rate on record to then, the last one carried forward.
      const [terms, months, fxRates] = await Promise.all([
        loadEngagementTerms(ctx.db, filter),
        ctx.figureCells.groupSums({
          filter,
          scope,
          currency: ctx.currency,
          grouping: { by: 'total', perMonth: true },
          insight: false,
        }),
        loadFxRatesThrough(ctx.db, last.to),
      ]);
      const actualByMonth = new Map(months.map((month) => [month.period ?? '', month.sums.charges]));
      const asOfMonth = scope.asOfDate.slice(0, 7);
      return {
        currency: ctx.currency,
        years: buildFiscalBudgets({ terms, fxRates, actualByMonth }, fiscalYears, asOfMonth, ctx.currency),
      };
    }),
  ),

  /**
   * Budget against actual per engagement and per vendor in the fiscal year of the range's as-of month (today's, for
   * a range that runs to now): the budget-overrun alert's rule over its facts, so the table and Alerts agree.
   */
  budgetTable: readProcedure.input(reportInputSchema).query(
    cachedFigures(async ({ ctx, input }) => {
      const current = periodOfDate(scopeOf(ctx, input).asOfDate);
      const facts = await loadBudgetFacts(ctx.db, filterOf(input), current, ctx.fiscalYearStart);
      return budgetTable(facts, fiscalYearOf(current, ctx.fiscalYearStart), current, ctx.currency);
    }),
  ),
});
