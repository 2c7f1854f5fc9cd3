import { budgetVariance, monthlyBudgets, runRateForecast } from '../budget-forecast.ts';
import type { DecimalInput } from '../decimal.ts';
import { formatMoneyText } from '../display-format.ts';
import { type FxRateRow, FxTable } from '../fx.ts';
import { carryRatesForward } from '../fx-forward.ts';
import { type Cents, formatMoney, parseMoney } from '../money.ts';
import { comparePeriods, engagementRanIn, type FiscalYear, monthsInRange, type Period } from '../periods.ts';
import { type AlertBase, alertKey, dashboardLink, roundMagnitude } from './alert.ts';
import { formatFigure } from './alert-format.ts';

/** An engagement's budget terms. */
export type BudgetTermsFact = {
  id: number;
  code: string;
  name: string;
  vendor: string;
  currency: string;
  annualBudget: DecimalInput | null;
  startDate: string;
  endDate: string | null;
};

/** Charges of an engagement in a month, all categories, in its currency. */
export type MonthChargesFact = { engagementId: number; period: Period; total: DecimalInput };

export type BudgetFacts = {
  terms: readonly BudgetTermsFact[];
  charges: readonly MonthChargesFact[];
  /** Rates of the fiscal year's months up to the current one; later months carry the latest rate forward. */
  fxRates: readonly FxRateRow[];
};

/** An overrun of 10 % or more of the budget is critical. */
export const BUDGET_CRITICAL_OVERRUN_PCT = 10;

export type OverrunProjection = {
  forecastCents: Cents;
  /** Forecast − budget (negative: under budget). */
  overrunCents: Cents;
  overrunPct: number | null;
  /** The forecast exceeds the budget; a forecast exactly on budget is not an overrun. */
  overrun: boolean;
};

/**
 * Whether spend at its run rate will exceed the budget: forecast = charges so far + charges so far ÷ elapsed months
 * × months left (runRateForecast, half-up to the cent); an overrun when the forecast is above the budget.
 */
export function projectOverrun(input: {
  budgetCents: Cents;
  actualCents: Cents;
  elapsedMonths: number;
  totalMonths: number;
}): OverrunProjection {
  const { forecastCents } = runRateForecast({
    actualCents: input.actualCents,
    elapsedMonths: input.elapsedMonths,
    totalMonths: input.totalMonths,
  });
  const variance = budgetVariance(forecastCents, input.budgetCents);
  return {
    forecastCents,
    overrunCents: variance.varianceCents,
    overrunPct: variance.variancePct,
    overrun: variance.varianceCents > 0,
  };
}

export type BudgetRunRate = {
  code: string;
  name: string;
  vendor: string;
  /** The engagement's budget for the fiscal months it runs, in the reporting currency. */
  budgetCents: Cents;
  /** Charges (all categories) of the fiscal year up to the current month, in the reporting currency. */
  actualCents: Cents;
  elapsedMonths: number;
  totalMonths: number;
} & OverrunProjection;

/**
 * Each budgeted engagement's run rate against its fiscal-year budget, in the reporting currency, by the rules of the
 * Spend page's budget view:
 * - months: the fiscal year's months in which the engagement runs; elapsed: those up to the current month;
 * - budget: the annual budget in twelve monthly parts (exact to the cent), counted in those months, each converted
 *   at its month's rate (months after the last rate on record take the latest one);
 * - actual: the charges of the fiscal year's months up to the current month, converted month by month;
 * - forecast = actual + actual ÷ elapsed × months left (projectOverrun).
 * Engagements without a budget (or a budget of 0) or without an elapsed month are not checked.
 */
export function budgetRunRates(
  facts: BudgetFacts,
  fiscalYear: FiscalYear,
  current: Period,
  currency: string,
): BudgetRunRate[] {
  const months = monthsInRange(fiscalYear.from, fiscalYear.to);
  const actualFx = new FxTable(facts.fxRates, currency);
  const budgetFx = new FxTable(carryRatesForward(facts.fxRates, months), currency);
  const chargesOf = new Map<number, MonthChargesFact[]>();
  for (const row of facts.charges)
    chargesOf.set(row.engagementId, [...(chargesOf.get(row.engagementId) ?? []), row]);

  const results: BudgetRunRate[] = [];
  for (const terms of facts.terms) {
    if (terms.annualBudget === null) continue;
    const annual = parseMoney(terms.annualBudget);
    if (annual <= 0) continue;
    const parts = monthlyBudgets(annual);
    const running = months.filter((period) => engagementRanIn(terms.startDate, terms.endDate, period));
    const elapsed = running.filter((period) => comparePeriods(period, current) <= 0);
    if (elapsed.length === 0) continue;
    const budgetCents = running.reduce((total, period) => {
      const cents = parts[months.indexOf(period)] ?? 0;
      return total + (cents === 0 ? 0 : budgetFx.convert(cents, terms.currency, period));
    }, 0);
    const actualCents = (chargesOf.get(terms.id) ?? [])
      .filter(
        (row) => comparePeriods(row.period, fiscalYear.from) >= 0 && comparePeriods(row.period, current) <= 0,
      )
      .reduce((total, row) => {
        const cents = parseMoney(row.total);
        return total + (cents === 0 ? 0 : actualFx.convert(cents, terms.currency, row.period));
      }, 0);
    const input = { budgetCents, actualCents, elapsedMonths: elapsed.length, totalMonths: running.length };
    results.push({
      code: terms.code,
      name: terms.name,
      vendor: terms.vendor,
      ...input,
      ...projectOverrun(input),
    });
  }
  return results;
}

export type VendorBudgetRunRate = {
  vendor: string;
  engagements: string[];
  budgetCents: Cents;
  actualCents: Cents;
  forecastCents: Cents;
  overrunCents: Cents;
  overrunPct: number | null;
  overrun: boolean;
};

/**
 * A vendor's budget is the sum of its checked engagements' budgets, its forecast the sum of their forecasts. Only
 * vendors with two or more checked engagements are judged as a vendor (with one, the engagement's alert says it all).
 */
export function vendorRunRates(engagements: readonly BudgetRunRate[]): VendorBudgetRunRate[] {
  return vendorRunRateSums(engagements).filter((row) => row.engagements.length >= 2);
}

/**
 * Every vendor's budget, actual and forecast: the sums of its checked engagements' (the Spend page's table lists
 * each vendor, the alerts only those with two or more), in the order the vendors first appear.
 */
export function vendorRunRateSums(engagements: readonly BudgetRunRate[]): VendorBudgetRunRate[] {
  const byVendor = new Map<string, BudgetRunRate[]>();
  for (const row of engagements) byVendor.set(row.vendor, [...(byVendor.get(row.vendor) ?? []), row]);
  return [...byVendor].map(([vendor, rows]) => {
    const budgetCents = rows.reduce((total, row) => total + row.budgetCents, 0);
    const forecastCents = rows.reduce((total, row) => total + row.forecastCents, 0);
    const variance = budgetVariance(forecastCents, budgetCents);
    return {
      vendor,
      engagements: rows.map((row) => row.code),
      budgetCents,
      actualCents: rows.reduce((total, row) => total + row.actualCents, 0),
      forecastCents,
      overrunCents: variance.varianceCents,
      overrunPct: variance.variancePct,
      overrun: variance.varianceCents > 0,
    };
  });
}

export type BudgetOverrunData = {
  scope: 'engagement' | 'vendor';
  fiscalYear: string;
  currency: string;
  budget: string;
  actual: string;
  forecast: string;
  overrun: string;
  overrunPct: number | null;
  elapsedMonths: number | null;
  totalMonths: number | null;
};

export type BudgetOverrunAlert = AlertBase & { kind: 'budget_overrun'; data: BudgetOverrunData };

const amount = (currency: string, cents: Cents) => formatMoneyText(currency, cents / 100);
const pctText = (pct: number | null) => (pct === null ? '' : ` (+${formatFigure(pct, 1)} %)`);

/**
 * Engagements and vendors whose run rate will exceed their fiscal-year budget. Severity: critical from a projected
 * overrun of 10 % of the budget, warning below. Magnitude: the overrun in % of the budget.
 */
export function budgetOverrunAlerts(
  facts: BudgetFacts,
  fiscalYear: FiscalYear,
  current: Period,
  currency: string,
): BudgetOverrunAlert[] {
  const engagements = budgetRunRates(facts, fiscalYear, current, currency);
  const severityOf = (pct: number | null) =>
    pct !== null && pct >= BUDGET_CRITICAL_OVERRUN_PCT ? ('critical' as const) : ('warning' as const);
  // What an alert carries, alike for an engagement and a vendor (whose engagements' months differ: it has none).
  const dataOf = (
    scope: BudgetOverrunData['scope'],
    row: Omit<VendorBudgetRunRate, 'vendor' | 'engagements' | 'overrun'>,
    months: { elapsedMonths: number | null; totalMonths: number | null },
  ): BudgetOverrunData => ({
    scope,
    fiscalYear: fiscalYear.label,
    currency,
    budget: formatMoney(row.budgetCents),
    actual: formatMoney(row.actualCents),
    forecast: formatMoney(row.forecastCents),
    overrun: formatMoney(row.overrunCents),
    overrunPct: row.overrunPct,
    elapsedMonths: months.elapsedMonths,
    totalMonths: months.totalMonths,
  });
  const alerts: BudgetOverrunAlert[] = engagements
    .filter((row) => row.overrun)
    .map((row) => ({
      key: alertKey('budget_overrun', row.code),
      kind: 'budget_overrun',
      severity: severityOf(row.overrunPct),
      title: `${row.code} · ${row.name}: heading ${amount(currency, row.overrunCents)} over its ${fiscalYear.label} budget`,
      detail:
        `Charges of ${amount(currency, row.actualCents)} in ${row.elapsedMonths} of its ${row.totalMonths} months ` +
        `this fiscal year run to ${amount(currency, row.forecastCents)} against a budget of ` +
        `${amount(currency, row.budgetCents)}${pctText(row.overrunPct)}.`,
      magnitude: roundMagnitude(row.overrunPct ?? 0),
      subject: {
        engagement: row.code,
        engagementName: row.name,
        vendor: row.vendor,
        sla: null,
        deliverable: null,
      },
      link: dashboardLink(['engagements', row.code], { range: 'fy' }),
      data: dataOf('engagement', row, row),
    }));
  for (const row of vendorRunRates(engagements)) {
    if (!row.overrun) continue;
    alerts.push({
      key: alertKey('budget_overrun', `vendor:${row.vendor}`),
      kind: 'budget_overrun',
      severity: severityOf(row.overrunPct),
      title: `${row.vendor}: heading ${amount(currency, row.overrunCents)} over its ${fiscalYear.label} budget`,
      detail:
        `Its ${row.engagements.length} budgeted engagements (${row.engagements.join(', ')}) run to ` +
        `${amount(currency, row.forecastCents)} against their combined budget of ` +
        `${amount(currency, row.budgetCents)}${pctText(row.overrunPct)}.`,
      magnitude: roundMagnitude(row.overrunPct ?? 0),
      subject: { engagement: null, engagementName: null, vendor: row.vendor, sla: null, deliverable: null },
      link: dashboardLink(['spend'], { range: 'fy', vendor: row.vendor }),
      data: dataOf('vendor', row, { elapsedMonths: null, totalMonths: null }),
    });
  }
  return alerts;
}
