import { budgetVariance, monthlyBudgets, runRateForecast } from '../budget-forecast.ts';
import type { FxRateRow } from '../fx.ts';
import { FxTable } from '../fx.ts';
import { carryRatesForward } from '../fx-forward.ts';
import { type Cents, formatMoney, parseMoney } from '../money.ts';
import { comparePeriods, engagementRanIn, type FiscalYear, monthsInRange, type Period } from '../periods.ts';
import { runningTotals } from '../running-totals.ts';
import type { EngagementTermsFact } from './facts.ts';

/**
 * Budget against actual spend per fiscal year, with the run-rate forecast to the year's end.
 * - budget: each engagement's annual budget split into twelve monthly budgets (exact to the cent), counted in the
 *   fiscal months the engagement runs, each converted at its month's rate; months after the last rate on record
 *   take the latest rate (carried forward), never a rate of 1;
 * - actual: the charges (all categories) of the fiscal months up to the as-of month, converted month by month
 *   (`actualByMonth`, the charges of the kept figures' sums);
 * - forecast: actual + actual ÷ elapsed months × months left (runRateForecast).
 */
export function buildFiscalBudgets(
  input: {
    terms: readonly Pick<EngagementTermsFact, 'annualBudget' | 'startDate' | 'endDate' | 'currency'>[];
    /** Every rate on record to the end of the last fiscal year. */
    fxRates: readonly FxRateRow[];
    actualByMonth: ReadonlyMap<Period, Cents>;
  },
  fiscalYears: readonly FiscalYear[],
  asOfMonth: Period,
  currency: string,
) {
  const allMonths = fiscalYears.flatMap((fy) => monthsInRange(fy.from, fy.to));
  const budgetFx = new FxTable(carryRatesForward(input.fxRates, allMonths), currency);
  const { actualByMonth } = input;
  const facts = input;

  return fiscalYears.map((fy) => {
    const months = monthsInRange(fy.from, fy.to);
    const budgets = months.map((period, index) =>
      facts.terms.reduce((total, terms) => {
        if (terms.annualBudget === null || !engagementRanIn(terms.startDate, terms.endDate, period))
          return total;
        const cents = monthlyBudgets(parseMoney(terms.annualBudget))[index] ?? 0;
        return total + (cents === 0 ? 0 : budgetFx.convert(cents, terms.currency, period));
      }, 0),
    );
    const elapsed = months.filter((period) => comparePeriods(period, asOfMonth) <= 0);
    const actuals = elapsed.map((period) => actualByMonth.get(period) ?? 0);
    const actualCents = actuals.reduce((a, b) => a + b, 0);
    const budgetCents = budgets.reduce((a, b) => a + b, 0);
    const forecast = runRateForecast({
      actualCents,
      elapsedMonths: elapsed.length,
      totalMonths: months.length,
    });
    const variance = budgetVariance(forecast.forecastCents, budgetCents);
    const cumulativeBudget = runningTotals(budgets);
    const cumulativeActual = runningTotals(actuals);
    return {
      label: fy.label,
      from: fy.from,
      to: fy.to,
      elapsedMonths: elapsed.length,
      budget: formatMoney(budgetCents),
      actual: formatMoney(actualCents),
      runRate: forecast.runRateCents === null ? null : formatMoney(forecast.runRateCents),
      forecast: formatMoney(forecast.forecastCents),
      variance: formatMoney(variance.varianceCents),
      variancePct: variance.variancePct,
      months: months.map((period, index) => {
        const done = index < elapsed.length;
        // The forecast path: the actual so far, then the run rate added month by month to the year's end.
        const path = done
          ? (cumulativeActual[index] ?? 0)
          : runRateForecast({ actualCents, elapsedMonths: elapsed.length, totalMonths: index + 1 })
              .forecastCents;
        return {
          period,
          budget: formatMoney(budgets[index] ?? 0),
          actual: done ? formatMoney(actuals[index] ?? 0) : null,
          cumulativeBudget: formatMoney(cumulativeBudget[index] ?? 0),
          cumulativeActual: done ? formatMoney(cumulativeActual[index] ?? 0) : null,
          cumulativeForecast: formatMoney(path),
        };
      }),
    };
  });
}

export type FiscalBudget = ReturnType<typeof buildFiscalBudgets>[number];
