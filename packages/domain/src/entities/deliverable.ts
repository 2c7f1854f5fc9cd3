import { z } from 'zod';
import { deliverablesFile } from '../interchange/deliverables-file.ts';
import { valuesSchema } from './entity-values.ts';
import { rowRefSchema } from './row-ref.ts';

/** A deliverable's values: the columns of deliverables.csv; `engagement` never changes. */
export const deliverableValuesSchema = valuesSchema(deliverablesFile);
export const deliverableCreateSchema = z.object({ values: deliverableValuesSchema });
export const deliverableUpdateSchema = rowRefSchema.extend({ values: deliverableValuesSchema });
