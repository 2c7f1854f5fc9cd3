import type { FieldIssue, LastChange, WriteResult } from '@portfolio/db';
import { formatDateTime } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';

/** Input refused beside its fields (a taken code, an unknown vendor): answered 400 with the issues by field. */
export class FieldIssuesError extends Error {
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
    this.name = 'FieldIssuesError';
  }
}

/** What a client needs to show a conflict: the row as it is now, who changed it, and which rows moved on. */
export type ConflictDetails = {
  current: unknown;
  changedBy: string | null;
  changedAt: string | null;
  keys: string[] | null;
};

/** A change made over a newer version of the row: answered 409 with the current values, never overwritten. */
export class VersionConflictError extends Error {
  readonly details: ConflictDetails;

  constructor(message: string, details: ConflictDetails) {
    super(message);
    this.name = 'VersionConflictError';
    this.details = details;
  }
}

function since(lastChange: LastChange | null): string {
  return lastChange ? ` by ${lastChange.actor} on ${formatDateTime(lastChange.at, 'UTC')}` : '';
}

/**
 * A write's record, or the tRPC error its failure means: a stale version is CONFLICT with the current values,
 * refused input BAD_REQUEST with field issues, a missing row NOT_FOUND. `what` names the row for messages.
 */
export function unwrapWrite<T>(result: WriteResult<T>, what: string): { record: T; changed: boolean } {
  if (result.ok) return { record: result.record, changed: result.changed };
  switch (result.reason) {
    case 'conflict': {
      const rows = result.keys ? ` (${result.keys.join(', ')})` : '';
      const message =
        `${what}${rows} was changed${since(result.lastChange)} after you opened it. ` +
        'Nothing was saved: review the current values and save again.';
      throw new TRPCError({
        code: 'CONFLICT',
        message,
        cause: new VersionConflictError(message, {
          current: result.current,
          changedBy: result.lastChange?.actor ?? null,
          changedAt: result.lastChange?.at.toISOString() ?? null,
          keys: result.keys ?? null,
        }),
      });
    }
    case 'invalid': {
      const cause = new FieldIssuesError(result.issues);
      throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
    }
    case 'not_found':
      throw new TRPCError({ code: 'NOT_FOUND', message: result.message });
  }
}
