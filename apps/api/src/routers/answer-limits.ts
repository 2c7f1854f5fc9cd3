import { TRPCError } from '@trpc/server';

/**
 * The most rows one answer holds (series points, credit ledger entries): about 30 MB of JSON. Ranges are bounded
 * (MAX_RANGE_MONTHS), but a long range over every engagement month by month could still make an answer the server
 * cannot build or a browser cannot read; such a request is refused with what to narrow.
 */
export const MAX_ANSWER_ROWS = 100_000;

/** The most cells (SLA × month) of one SLA grid: its rows are cut to fit, and the answer says it was cut. */
export const MAX_GRID_CELLS = 60_000;

export function withinAnswerLimit<T extends readonly unknown[]>(rows: T, what: string): T {
  if (rows.length > MAX_ANSWER_ROWS) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message:
        `${what} would hold ${rows.length.toLocaleString('en-US')} rows, more than the ` +
        `${MAX_ANSWER_ROWS.toLocaleString('en-US')} one answer holds: narrow the range or the filters`,
    });
  }
  return rows;
}

/** How many SLAs a grid of `months` columns may show when `requested` are asked for. */
export function gridRowLimit(requested: number, months: number): number {
  return Math.max(1, Math.min(requested, Math.floor(MAX_GRID_CELLS / Math.max(1, months))));
}
