import { z } from 'zod';
import { rowLimit } from './report-input.ts';
import { periodRangeSchema, periodSchema, textSchema } from './schemas.ts';

/** A stored row named by its id (a token, a saved view, a webhook target). */
export const idInputSchema = z.object({ id: z.number().int().positive() });

/** An engagement named by its code. */
export const engagementCodeSchema = z.object({ code: textSchema.min(1).max(200) });

/** An engagement's deliverables, the most recent first. */
export const deliverablesInputSchema = engagementCodeSchema.and(rowLimit(1000, 200));

/** A vendor named by its name. */
export const vendorNameSchema = z.object({ name: textSchema.min(1).max(200) });

/** A page of an engagement's history, newest first; `cursor` is the last event of the page before. */
export const historyInputSchema = z.object({
  engagement: textSchema.min(1).max(200),
  limit: z.number().int().min(1).max(500).default(100),
  cursor: z.number().int().positive().nullish(),
});

/** The audit log, newest first, narrowed to an entity or one of its rows. */
export const auditInputSchema = z.object({
  entity: textSchema.max(50).optional(),
  entityKey: textSchema.max(200).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

/** The stored rows of one engagement (its SLAs, deliverables) for the record editors. */
export const engagementRowsSchema = z.object({ engagement: textSchema.min(1).max(200) });

/** One engagement's charges over a range of months. */
export const chargeRowsSchema = periodRangeSchema.and(engagementRowsSchema);

/** One engagement's month of SLA actuals, as the month-entry grid edits it. */
export const monthEntryInputSchema = engagementRowsSchema.extend({ period: periodSchema });

/** The FX rates of a range of months, of one currency or all. */
export const fxRateRowsSchema = periodRangeSchema.and(
  z.object({
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Expected a currency code like EUR')
      .optional(),
  }),
);
