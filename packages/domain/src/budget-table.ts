import { type BudgetFacts, budgetRunRates, vendorRunRateSums } from './alerts/budget-overrun.ts';
import { type Cents, formatMoney } from './money.ts';
import type { FiscalYear, Period } from './periods.ts';

/**
 * Budget against actual per engagement and per vendor for one fiscal year, by the rule and from the facts of the
 * budget-overrun alert (`budgetRunRates`), so that the Spend page's table and the Alerts page say the same:
 * budget (the fiscal months the engagement runs), actual to date (up to the current month), run-rate forecast to
 * the year's end, and variance = forecast − budget, in money and in % of the budget.
 *
 * Sign convention: a positive variance is over budget (bad), a negative one under budget. A vendor's row sums its
 * budgeted engagements. Engagements without a budget or without an elapsed month are not listed (the alert does
 * not check them either).
 */
export function budgetTable(facts: BudgetFacts, fiscalYear: FiscalYear, current: Period, currency: string) {
  const engagements = budgetRunRates(facts, fiscalYear, current, currency);
  const money = (row: {
    budgetCents: Cents;
    actualCents: Cents;
    forecastCents: Cents;
    overrunCents: Cents;
  }) => ({
    budget: formatMoney(row.budgetCents),
    actual: formatMoney(row.actualCents),
    forecast: formatMoney(row.forecastCents),
    variance: formatMoney(row.overrunCents),
  });
  return {
    fiscalYear: fiscalYear.label,
    from: fiscalYear.from,
    to: fiscalYear.to,
    current,
    currency,
    engagements: engagements
      .map((row) => ({
        code: row.code,
        name: row.name,
        vendor: row.vendor,
        ...money(row),
        variancePct: row.overrunPct,
        over: row.overrun,
        elapsedMonths: row.elapsedMonths,
        totalMonths: row.totalMonths,
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    vendors: vendorRunRateSums(engagements)
      .map((row) => ({
        vendor: row.vendor,
        engagements: row.engagements,
        ...money(row),
        variancePct: row.overrunPct,
        over: row.overrun,
      }))
      .sort((a, b) => a.vendor.localeCompare(b.vendor)),
  };
}

export type BudgetTable = ReturnType<typeof budgetTable>;
