import { addMonths, monthsInRange } from '@portfolio/domain';
import { FX_BASE, REPORTING_CURRENCY } from './catalogue.ts';
import type { DemoContext, PlannedFxRate } from './plan-types.ts';
import { rngFor } from './rng.ts';

/** Monthly volatility of each currency against USD (standard deviation of the log change). */
const VOLATILITY: Readonly<Record<string, number>> = { EUR: 0.012, GBP: 0.012, INR: 0.006, PHP: 0.008 };
const MEAN_REVERSION = 0.8;

/**
 * Rates to USD (USD per unit) for every foreign currency of the catalogue, for the 24 months of the window (the last
 * is the current month) and the month before: a mean-reverting walk around the catalogue rate, 6 significant digits.
 */
export function planFxRates(context: DemoContext): PlannedFxRate[] {
  const months = monthsInRange(addMonths(context.current, -context.window.length), context.current);
  return Object.entries(FX_BASE)
    .filter(([currency]) => currency !== REPORTING_CURRENCY)
    .flatMap(([currency, base]) => {
      const rng = rngFor(context.seed, 'fx', currency);
      const volatility = VOLATILITY[currency] ?? 0.01;
      let deviation = 0;
      return months.map((period) => {
        deviation = MEAN_REVERSION * deviation + rng.normal(0, volatility);
        return { currency, period, rate: formatRate(base * Math.exp(deviation)) };
      });
    });
}

/** A positive rate with 6 significant digits as a plain decimal (never an exponent), at most 10 decimals. */
function formatRate(rate: number): string {
  const decimals = Math.min(10, Math.max(0, 5 - Math.floor(Math.log10(rate))));
  return rate.toFixed(decimals);
}
