import { z } from 'zod';
import { fxRatesFile } from '../interchange/fx-rates-file.ts';
import { periodSchema } from '../schemas.ts';
import { valuesSchema } from './entity-values.ts';
import { versionSchema } from './row-ref.ts';

/**
 * An FX rate's values: the columns of fx_rates.csv. A rate is its currency and month (its natural key, it has no
 * id): an update changes the rate of that month; a rate for another month is another row.
 */
export const fxRateValuesSchema = valuesSchema(fxRatesFile);
export const fxRateCreateSchema = z.object({ values: fxRateValuesSchema });
export const fxRateUpdateSchema = z.object({ version: versionSchema, values: fxRateValuesSchema });
export const fxRateRefSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'Expected a currency code like EUR'),
  period: periodSchema,
  version: versionSchema,
});
