import { z } from 'zod';
import { isValidDate } from './dates.ts';
import { isPeriod } from './periods.ts';

/**
 * Text that can be stored and looked up: PostgreSQL's text types cannot hold the NUL character, so a string
 * carrying one is refused here with a reason instead of failing in the database. Every text input starts here.
 */
export const textSchema = z
  .string()
  .refine((value) => !value.includes('\u0000'), 'contains a NUL character, which text cannot hold');

/** A month 'YYYY-MM'. */
export const periodSchema = z.string().refine(isPeriod, 'Expected a month YYYY-MM, like 2025-03');

/** A real calendar date 'YYYY-MM-DD'. */
export const dateSchema = z.string().refine(isValidDate, 'Expected a calendar date YYYY-MM-DD');

/** A range of whole months whose `from` is not after its `to`. */
export const periodRangeSchema = z
  .object({ from: periodSchema, to: periodSchema })
  .refine((range) => range.from <= range.to, { message: '`from` must not be after `to`', path: ['to'] });
export type PeriodRange = z.infer<typeof periodRangeSchema>;
