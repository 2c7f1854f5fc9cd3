import type { FxRateRow } from './fx.ts';
import { comparePeriods, type Period } from './periods.ts';

/**
 * Rates for months after the last rate on record (a budget to the end of a fiscal year): each currency's latest
 * rate on or before the month carries forward. Months before a currency's first rate get none, so converting them
 * still fails with the currency and month named, never at a rate of 1.
 */
export function carryRatesForward(rows: readonly FxRateRow[], months: readonly Period[]): FxRateRow[] {
  const byCurrency = new Map<string, FxRateRow[]>();
  for (const row of rows) byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row]);
  const result: FxRateRow[] = [...rows];
  for (const [currency, list] of byCurrency) {
    const sorted = [...list].sort((a, b) => comparePeriods(a.period, b.period));
    const known = new Set(sorted.map((row) => row.period));
    for (const period of months) {
      if (known.has(period)) continue;
      const latest = sorted.filter((row) => comparePeriods(row.period, period) < 0).at(-1);
      if (latest) result.push({ currency, period, rate: latest.rate });
    }
  }
  return result;
}
