import type { Db } from '@portfolio/db';
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { FieldIssuesError, VersionConflictError } from '../src/write-errors.ts';

/**
 * Every data table's row count and version total, and the audit events of changes: any write changes it. Records
 * of refused requests (auth/refusals.ts) are not changes and are left out.
 */
export async function dataState(db: Db): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  const tables = [
    'vendors',
    'engagements',
    'slas',
    'measurements',
    'charges',
    'deliverables',
    'fx_rates',
  ] as const;
  for (const table of tables) {
    // Every data table has a version; the union of their types is more than the builder can follow.
    const row = await db
      .selectFrom(table as 'vendors')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<string | null>('version').as('v')])
      .executeTakeFirstOrThrow();
    state[table] = `${row.n} rows, versions ${row.v ?? 0}`;
  }
  const audit = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', 'not in', ['access.refused', 'request.cross_site_refused', 'import.rejected'])
    .executeTakeFirstOrThrow();
  state.audit_events = String(audit.n);
  return state;
}

/** The tRPC error a call ends with (it must fail). */
export async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const outcome = await call.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof TRPCError)) throw outcome;
  return outcome;
}

/** The issues of a BAD_REQUEST, by path, as the dashboard receives them (zod or field issues alike). */
export function issuesOf(error: TRPCError): Record<string, string> {
  const cause = error.cause as unknown;
  if (cause instanceof FieldIssuesError) {
    return Object.fromEntries(cause.issues.map((issue) => [issue.path, issue.message]));
  }
  const zod = cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined;
  return Object.fromEntries((zod?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

/**
 * Expects a call to be refused with `code` and to have written nothing (no row, version or audit event changed);
 * returns the error for further checks.
 */
export async function expectRefused(db: Db, call: () => Promise<unknown>, code: string): Promise<TRPCError> {
  const before = await dataState(db);
  const error = await failure(call());
  expect(error.code, error.message).toBe(code);
  expect(await dataState(db)).toEqual(before);
  return error;
}

/** The conflict details of a CONFLICT error: the current row and who changed it. */
export function conflictOf(error: TRPCError) {
  const cause = error.cause as unknown;
  if (!(cause instanceof VersionConflictError)) throw new Error(`not a version conflict: ${error.message}`);
  return cause.details;
}

/** The refusal of a call: its tRPC code and the issues it names (field issues or zod's), as `path: message`. */
export async function refusal(call: Promise<unknown>): Promise<{ code: string; issues: string[] }> {
  const error = await failure(call);
  return {
    code: error.code,
    issues: Object.entries(issuesOf(error)).map(([path, message]) => `${path}: ${message}`),
  };
}
