import { z } from 'zod';
import { classificationAnswersSchema } from '../classify-engagement.ts';
import { engagementsFile } from '../interchange/engagements-file.ts';
import { valuesSchema } from './entity-values.ts';
import { rowRefSchema } from './row-ref.ts';

/** An engagement's values: the columns of engagements.csv (its terms, credit terms and baseline). */
export const engagementValuesSchema = valuesSchema(engagementsFile);

/**
 * A new engagement with the BPO/KPO guide's answers when the guide was used (null: skipped). On an update,
 * `classification` absent keeps the stored answers.
 */
export const engagementCreateSchema = z.object({
  values: engagementValuesSchema,
  classification: classificationAnswersSchema.nullable().default(null),
});
export const engagementUpdateSchema = rowRefSchema.extend({
  values: engagementValuesSchema,
  classification: classificationAnswersSchema.nullable().optional(),
});
