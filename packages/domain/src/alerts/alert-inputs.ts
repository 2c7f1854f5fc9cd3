import { z } from 'zod';
import { engagementFilterSchema } from '../report-input.ts';
import { textSchema } from '../schemas.ts';

// The procedures' inputs, apart from alert.ts: the web app's shell uses alert kinds without loading zod.

/** Which alerts to list: an engagement filter as the report's, and whether to include the acknowledged ones. */
export const alertsInputSchema = engagementFilterSchema.extend({
  includeAcknowledged: z.boolean().default(false),
});
export type AlertsInput = z.input<typeof alertsInputSchema>;

/** An acknowledgement: the alert's key and a comment saying why it can wait (required). */
export const acknowledgeInputSchema = z.object({
  key: textSchema.trim().min(1, 'Which alert?').max(500),
  comment: z
    .string()
    .trim()
    .min(1, 'Say why the alert can be set aside')
    .max(2000, 'Use at most 2000 characters'),
});
export type AcknowledgeInput = z.infer<typeof acknowledgeInputSchema>;
