import { type ChartRow, monthRow } from '../../lib/chart-rows.ts';
import { humanize } from '../../lib/format.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

type SeriesPoint = RouterOutputs['report']['series'][number];
type Category = RouterOutputs['spend']['byCategory'][number];
type Currency = RouterOutputs['spend']['byCurrency'][number];
type FiscalYear = RouterOutputs['spend']['budget']['years'][number];

const num = (value: string | null) => (value === null ? null : Number(value));

/** Charges and net cost by a dimension of the series, largest spend first. */
export function spendBreakdown(
  points: readonly SeriesPoint[],
  label: (key: string) => string = (k) => k,
): ChartRow[] {
  return [...points]
    .sort((a, b) => Number(b.charges) - Number(a.charges))
    .map((p) => ({ key: p.key, label: label(p.key), charges: num(p.charges), netCost: num(p.netCost) }));
}

const CATEGORY_LABEL: Record<string, string> = {
  base: 'Base fees',
  volume: 'Volume',
  one_off: 'One-off',
  pass_through: 'Pass-through',
};

/** Charges by category, largest first. */
export function categoryBars(rows: readonly Category[]): ChartRow[] {
  return [...rows]
    .sort((a, b) => Number(b.charges) - Number(a.charges))
    .map((r) => ({
      key: r.category,
      label: CATEGORY_LABEL[r.category] ?? humanize(r.category),
      charges: num(r.charges),
    }));
}

/** Charges by billing currency, in the reporting currency, largest first. */
export function currencyBars(rows: readonly Currency[]): ChartRow[] {
  return [...rows]
    .sort((a, b) => Number(b.charges) - Number(a.charges))
    .map((r) => ({ key: r.currency, label: r.currency, charges: num(r.charges) }));
}

/** Budget, actual and run-rate forecast of each fiscal year. */
export function budgetBars(years: readonly FiscalYear[]): ChartRow[] {
  return years.map((y) => ({
    key: y.label,
    label: y.label,
    budget: num(y.budget),
    actual: num(y.actual),
    forecast: num(y.forecast),
  }));
}

/** The fiscal year to draw month by month: the one holding the as-of month, else the latest. */
export function currentYear(years: readonly FiscalYear[]): FiscalYear | undefined {
  return years.find((y) => y.elapsedMonths > 0 && y.elapsedMonths < 12) ?? years.at(-1);
}

/**
 * A fiscal year's cumulative budget, actual to date and forecast path, month by month. The forecast starts at the
 * last month with an actual (before it, it would only repeat the actual and lie over the budget); a year without
 * an actual month yet has no forecast drawn at all, rather than a projection of nothing.
 */
export function budgetPath(year: FiscalYear): ChartRow[] {
  const lastActual = year.months.findLastIndex((m) => m.cumulativeActual !== null);
  return year.months.map((m, index) =>
    monthRow(m.period, {
      budget: num(m.cumulativeBudget),
      actual: num(m.cumulativeActual),
      forecast: lastActual >= 0 && index >= lastActual ? num(m.cumulativeForecast) : null,
    }),
  );
}
