import { z } from 'zod';
import { isValidDate } from './dates.ts';
import { isPeriod, monthsBetweenInclusive } from './periods.ts';

/**
 * Text that can be stored and looked up: PostgreSQL's text types cannot hold the NUL character, so a string
 * carrying one is refused here with a reason instead of failing in the database. Every text input starts here.
 */
export const textSchema = z
  .string()
  .refine((value) => !value.includes('\u0000'), 'contains a NUL character, which text cannot hold');

/** Characters that are not text: C0 and C1 controls (a tab and line breaks are checked on their own), DEL. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;
/** Bidirectional embeddings, overrides and isolates: they make text display otherwise than it is stored. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The most characters of a name (of a vendor, an engagement, a user, a token, a code). */
export const MAX_NAME_LENGTH = 200;
/** The most characters of free text (notes). */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * Why a piece of text cannot be stored as typed, or null. Names are one line; free text (notes) may hold tabs and
 * line breaks. Every way in (forms, the API, CSV imports) checks text with this one rule.
 */
export function textProblem(text: string, kind: 'name' | 'free text'): string | null {
  const max = kind === 'name' ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH;
  if (text.length > max) return `is too long (at most ${max.toLocaleString('en-US')} characters)`;
  const control = CONTROL.exec(text)?.[0];
  if (control !== undefined) return `contains a control character (${codePoint(control)}), which is not text`;
  const bidi = BIDI_CONTROL.exec(text)?.[0];
  if (bidi !== undefined) {
    return `contains a bidirectional control (${codePoint(bidi)}), which makes text display otherwise than it is stored`;
  }
  if (kind === 'name' && LINE_BREAK.test(text)) return 'contains a tab or line break: a name is one line';
  return null;
}

/** A name: trimmed, one line, no control or bidirectional characters, at most MAX_NAME_LENGTH characters. */
export const nameSchema = textSchema.trim().superRefine((text, ctx) => {
  const problem = textProblem(text, 'name');
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** A month 'YYYY-MM'. */
export const periodSchema = z.string().refine(isPeriod, 'Expected a month YYYY-MM, like 2025-03');

/** A real calendar date 'YYYY-MM-DD'. */
export const dateSchema = z.string().refine(isValidDate, 'Expected a calendar date YYYY-MM-DD');

/**
 * The longest range of months a request may cover: ten years, beyond any contract on record. A figure request costs
 * time and memory in proportion to its months, so one request cannot hold the server for everyone else.
 */
export const MAX_RANGE_MONTHS = 120;

/** The checks of every range of months: `from` not after `to`, at most MAX_RANGE_MONTHS long. */
export function checkRange(range: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (!isPeriod(range.from) || !isPeriod(range.to)) return;
  if (range.from > range.to) {
    ctx.addIssue({ code: 'custom', message: '`from` must not be after `to`', path: ['to'] });
    return;
  }
  const months = monthsBetweenInclusive(range.from, range.to);
  if (months > MAX_RANGE_MONTHS) {
    ctx.addIssue({
      code: 'custom',
      message: `A range may cover at most ${MAX_RANGE_MONTHS} months; ${range.from} to ${range.to} covers ${months}`,
      path: ['from'],
    });
  }
}

/** A range of whole months whose `from` is not after its `to`, at most MAX_RANGE_MONTHS long. */
export const periodRangeSchema = z.object({ from: periodSchema, to: periodSchema }).superRefine(checkRange);
export type PeriodRange = z.infer<typeof periodRangeSchema>;
