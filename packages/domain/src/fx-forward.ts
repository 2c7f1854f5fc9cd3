import type { FxRateRow } from './fx.ts';
import { comparePeriods, type Period } from './periods.ts';

/**
 * Rates for months after the last rate on record (a budget to the end of a fiscal year): each currency's latest
 * rate carries forward. A month before a currency's first rate, or missing between two rates on record (a rate
 * someone forgot to enter), gets none, so converting it still fails with the currency and month named, never at a
 * guessed rate or at 1.
 */
export function carryRatesForward(rows: readonly FxRateRow[], months: readonly Period[]): FxRateRow[] {
  const byCurrency = new Map<string, FxRateRow[]>();
  for (const row of rows) byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row]);
  const result: FxRateRow[] = [...rows];
  for (const [currency, list] of byCurrency) {
    const latest = list.reduce((last, row) => (comparePeriods(row.period, last.period) > 0 ? row : last));
    for (const period of months) {
      if (comparePeriods(period, latest.period) > 0) result.push({ currency, period, rate: latest.rate });
    }
  }
  return result;
}
