import type { ChargeCategory } from '../enums.ts';
import { type Cents, formatMoney } from '../money.ts';

/**
 * Spend by charge category in the reporting currency: each engagement-month-category sum converted at its month's
 * rate (half-up to the cent), then added up (by the database, over the kept month facts). Converted separately,
 * the categories may differ from the months' converted totals by a cent.
 */
export function spendByCategory(rows: readonly { category: ChargeCategory; cents: Cents }[]) {
  return rows
    .filter((row) => row.cents !== 0)
    .map((row) => ({ category: row.category, charges: formatMoney(row.cents) }))
    .sort((a, b) => a.category.localeCompare(b.category));
}

/**
 * Spend by the currency it was billed in: the exact sum in that currency, and the same charges in the reporting
 * currency (each engagement-month converted at its month's rate).
 */
export function spendByCurrency(
  rows: readonly { currency: string; originalCents: Cents; reportingCents: Cents; engagements: number }[],
) {
  return rows
    .map((row) => ({
      currency: row.currency,
      amount: formatMoney(row.originalCents),
      charges: formatMoney(row.reportingCents),
      engagements: row.engagements,
    }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/**
 * The credit notes of a range (negative charge lines, already counted in the charges) in the reporting currency,
 * as a negative amount, and the engagement-months that had one.
 */
export function creditNotesFigure(row: { cents: Cents; months: number }) {
  return { creditNotes: formatMoney(row.cents), months: row.months };
}
