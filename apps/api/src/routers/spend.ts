import { loadChargesByCategory, loadPortfolioFacts } from '@portfolio/db';
import {
  addMonths,
  buildFiscalBudgets,
  buildSpendByCategory,
  buildSpendByCurrency,
  comparePeriods,
  DomainError,
  fiscalYearOf,
  reportInputSchema,
  reportScope,
} from '@portfolio/domain';
import { readProcedure, router } from '../trpc.ts';
import { countedMonths, factsFor } from './facts-for.ts';

/** At most this many fiscal years in one budget view. */
const MAX_FISCAL_YEARS = 5;

export const spendRouter = router({
  /** Charges by category, in the reporting currency. */
  byCategory: readProcedure.input(reportInputSchema).query(async ({ ctx, input }) => {
    const { scope, facts } = await factsFor(ctx, input);
    const { first, last } = countedMonths(scope);
    const rows = scope.months.length === 0 ? [] : await loadChargesByCategory(ctx.db, input, first, last);
    return buildSpendByCategory(rows, facts, ctx.currency);
  }),

  /** Charges by the currency they were billed in, and in the reporting currency. */
  byCurrency: readProcedure.input(reportInputSchema).query(async ({ ctx, input }) => {
    const { facts } = await factsFor(ctx, input);
    return buildSpendByCurrency(facts, ctx.currency);
  }),

  /** Budget, actual and run-rate forecast of each fiscal year the range touches (whole fiscal years). */
  budget: readProcedure.input(reportInputSchema).query(async ({ ctx, input }) => {
    const first = fiscalYearOf(input.from, ctx.fiscalYearStart);
    const last = fiscalYearOf(input.to, ctx.fiscalYearStart);
    const fiscalYears = [first];
    for (let year = first; comparePeriods(year.to, last.to) < 0 && fiscalYears.length <= MAX_FISCAL_YEARS; ) {
      year = fiscalYearOf(addMonths(year.to, 1), ctx.fiscalYearStart);
      fiscalYears.push(year);
    }
    if (fiscalYears.length > MAX_FISCAL_YEARS) {
      throw new DomainError(
        'INVALID_ARGUMENT',
        `A budget view covers at most ${MAX_FISCAL_YEARS} fiscal years`,
      );
    }
    const scope = reportScope(first.from, last.to, ctx.clock.today());
    const facts = await loadPortfolioFacts(ctx.db, input, scope);
    const asOfMonth = scope.asOfDate.slice(0, 7);
    return { currency: ctx.currency, years: buildFiscalBudgets(facts, fiscalYears, asOfMonth, ctx.currency) };
  }),
});
