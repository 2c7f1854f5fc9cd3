import { z } from 'zod';
import { slasFile } from '../interchange/slas-file.ts';
import { valuesSchema } from './entity-values.ts';
import { rowRefSchema } from './row-ref.ts';

/** An SLA's values: the columns of slas.csv; `engagement` names its engagement by code and never changes. */
export const slaValuesSchema = valuesSchema(slasFile);
export const slaCreateSchema = z.object({ values: slaValuesSchema });
export const slaUpdateSchema = rowRefSchema.extend({ values: slaValuesSchema });
