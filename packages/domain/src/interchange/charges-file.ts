import { z } from 'zod';
import { CHARGE_CATEGORIES } from '../enums.ts';
import { name, oneOf, period, required, signedAmount } from './cells.ts';
import type { InterchangeFile } from './interchange-file.ts';

export const chargeCsvRowSchema = z.object({
  engagement: required(name),
  invoice: required(name),
  period: required(period),
  category: required(oneOf('a charge category', CHARGE_CATEGORIES)),
  // A negative amount is a credit note, in the category it corrects.
  amount: required(signedAmount),
});
export type ChargeCsvRow = z.output<typeof chargeCsvRowSchema>;

/** charges.csv, keyed by engagement code, invoice, month and category; amounts in the engagement's currency
 * (negative: a credit note). */
export const chargesFile: InterchangeFile<'charges.csv', ChargeCsvRow> = {
  name: 'charges.csv',
  columns: ['engagement', 'invoice', 'period', 'category', 'amount'],
  required: ['engagement', 'invoice', 'period', 'category', 'amount'],
  key: ['engagement', 'invoice', 'period', 'category'],
  schema: chargeCsvRowSchema,
};
