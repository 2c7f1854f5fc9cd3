import { formatMoney } from '@portfolio/domain';
import { FX_BASE } from './catalogue.ts';
import type { Rng } from './rng.ts';

// Generated amounts are drawn as floats and fixed to whole cents once, here; every stored amount is exact.

/** An amount as a decimal string with two places, rounded to the cent. */
export function toMoney(amount: number): string {
  return formatMoney(Math.round(amount * 100));
}

/** A round figure with 3 significant digits, like a budget line: 1234567 → 1230000. */
export function roundFigure(amount: number): number {
  if (amount <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(amount)) - 2);
  return Math.round(amount / step) * step;
}

/** A number drawn evenly on a log scale, so small and large budgets are equally common. */
export function logUniform(rng: Rng, min: number, max: number): number {
  return Math.exp(rng.float(Math.log(min), Math.log(max)));
}

/** What one unit of the currency is worth in USD, before the monthly drift. */
export function usdPerUnit(currency: string): number {
  const rate = FX_BASE[currency];
  if (rate === undefined) throw new Error(`No demo exchange rate for ${currency}`);
  return rate;
}
