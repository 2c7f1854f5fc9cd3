import { z } from 'zod';
import { isValidDate } from './dates.ts';
import { isPeriod } from './periods.ts';

/** A month 'YYYY-MM'. */
export const periodSchema = z.string().refine(isPeriod, 'Expected a month YYYY-MM, like 2025-03');

/** A real calendar date 'YYYY-MM-DD'. */
export const dateSchema = z.string().refine(isValidDate, 'Expected a calendar date YYYY-MM-DD');

/** A range of whole months whose `from` is not after its `to`. */
export const periodRangeSchema = z
  .object({ from: periodSchema, to: periodSchema })
  .refine((range) => range.from <= range.to, { message: '`from` must not be after `to`', path: ['to'] });
export type PeriodRange = z.infer<typeof periodRangeSchema>;
