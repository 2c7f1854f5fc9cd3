import { z } from 'zod';
import { classificationAnswersSchema } from '../classify-engagement.ts';
import { amount, optional } from '../interchange/cells.ts';
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

/** Finance's part of an engagement's terms: its annual budget (empty: none), on the version the caller saw. */
export const engagementBudgetSchema = rowRefSchema.extend({
  annualBudget: z
    .string()
    .nullable()
    .transform((value) => value ?? '')
    .pipe(optional(amount)),
});
export type EngagementBudgetInput = z.input<typeof engagementBudgetSchema>;
