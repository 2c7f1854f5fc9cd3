import { z } from 'zod';
import { chargesFile } from '../interchange/charges-file.ts';
import { valuesSchema } from './entity-values.ts';
import { rowRefSchema } from './row-ref.ts';

/** A charge's values: the columns of charges.csv; `engagement` names its engagement by code and never changes. */
export const chargeValuesSchema = valuesSchema(chargesFile);
export const chargeCreateSchema = z.object({ values: chargeValuesSchema });
export const chargeUpdateSchema = rowRefSchema.extend({ values: chargeValuesSchema });
