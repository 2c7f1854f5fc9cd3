import type { DecimalInput } from '../decimal.ts';
import type { ChargeCategory } from '../enums.ts';
import { FxTable } from '../fx.ts';
import { type Cents, formatMoney, parseMoney, sumCents } from '../money.ts';
import type { Period } from '../periods.ts';
import type { PortfolioFacts } from './facts.ts';

/** Charges of one engagement, month and category, summed in SQL in the engagement's currency. */
export type CategoryChargesFact = {
  engagementId: number;
  period: Period;
  category: ChargeCategory;
  amount: DecimalInput;
};

/**
 * Spend by charge category in the reporting currency: each engagement-month-category sum is converted at its
 * month's rate (half-up to the cent), then added up. Converted separately, the categories may differ from the
 * month's converted total by a cent.
 */
export function buildSpendByCategory(
  rows: readonly CategoryChargesFact[],
  facts: Pick<PortfolioFacts, 'terms' | 'fxRates'>,
  currency: string,
) {
  const fx = new FxTable(facts.fxRates, currency);
  const currencyOf = new Map(facts.terms.map((terms) => [terms.id, terms.currency]));
  const totals = new Map<ChargeCategory, Cents[]>();
  for (const row of rows) {
    const from = currencyOf.get(row.engagementId);
    if (from === undefined) continue;
    const cents = parseMoney(row.amount);
    totals.set(row.category, [
      ...(totals.get(row.category) ?? []),
      cents === 0 ? 0 : fx.convert(cents, from, row.period),
    ]);
  }
  return [...totals]
    .map(([category, list]) => ({ category, charges: formatMoney(sumCents(list)) }))
    .sort((a, b) => a.category.localeCompare(b.category));
}

/**
 * Spend by the currency it was billed in: the exact sum in that currency, and the same charges in the reporting
 * currency (each engagement-month converted at its month's rate).
 */
export function buildSpendByCurrency(facts: PortfolioFacts, currency: string) {
  const fx = new FxTable(facts.fxRates, currency);
  const currencyOf = new Map(facts.terms.map((terms) => [terms.id, terms.currency]));
  const totals = new Map<string, { original: Cents; reporting: Cents; engagements: Set<number> }>();
  for (const row of facts.charges) {
    const from = currencyOf.get(row.engagementId);
    if (from === undefined) continue;
    const cents = parseMoney(row.total);
    const entry = totals.get(from) ?? { original: 0, reporting: 0, engagements: new Set<number>() };
    entry.original = sumCents([entry.original, cents]);
    entry.reporting = sumCents([entry.reporting, cents === 0 ? 0 : fx.convert(cents, from, row.period)]);
    entry.engagements.add(row.engagementId);
    totals.set(from, entry);
  }
  return [...totals]
    .map(([billed, entry]) => ({
      currency: billed,
      amount: formatMoney(entry.original),
      charges: formatMoney(entry.reporting),
      engagements: entry.engagements.size,
    }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
