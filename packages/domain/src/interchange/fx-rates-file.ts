import { z } from 'zod';
import { currency, period, positive, required } from './cells.ts';
import type { InterchangeFile } from './interchange-file.ts';

export const fxRateCsvRowSchema = z.object({
  currency: required(currency),
  period: required(period),
  // numeric(20, 10): how many units of the reporting currency one unit of `currency` is worth.
  rate: required(positive({ what: 'a rate', maxDecimals: 10, maxWholeDigits: 10 })),
});
export type FxRateCsvRow = z.output<typeof fxRateCsvRowSchema>;

/** fx_rates.csv, keyed by currency and month. */
export const fxRatesFile: InterchangeFile<'fx_rates.csv', FxRateCsvRow> = {
  name: 'fx_rates.csv',
  columns: ['currency', 'period', 'rate'],
  required: ['currency', 'period', 'rate'],
  key: ['currency', 'period'],
  schema: fxRateCsvRowSchema,
};
