import type { Transaction } from 'kysely';
import type { Db } from '../create-db.ts';
import type { Database } from '../schema.ts';
import { type Actor, recordAudit } from './audit.ts';

export type Trx = Transaction<Database>;

/** Who makes a change, for its audit event. */
export type Who = { actor: Actor; ip: string | null };

/** Why an input was refused, by the path of the input field (`values.code`, `rows.2.values.actual`). */
export type FieldIssue = { path: string; message: string };

/** Who made the change that a stale write ran into, when the audit trail knows it. */
export type LastChange = { actor: string; at: Date };

/**
 * The outcome of a change. A stale version is not an exception but a result carrying the row as it is now, so
 * the caller can show what changed; nothing is written unless `ok`.
 */
export type WriteResult<T> =
  | { ok: true; record: T; changed: boolean }
  | {
      ok: false;
      reason: 'conflict';
      current: T;
      lastChange: LastChange | null;
      /** For a change of several rows (a month of measurements): the keys of those that moved on. */
      keys?: string[];
    }
  | { ok: false; reason: 'not_found'; message: string }
  | { ok: false; reason: 'invalid'; issues: FieldIssue[] };

export const written = <T>(record: T, changed = true): WriteResult<T> => ({ ok: true, record, changed });

export const invalid = <T>(path: string, message: string): WriteResult<T> => ({
  ok: false,
  reason: 'invalid',
  issues: [{ path, message }],
});

export const notFound = <T>(message: string): WriteResult<T> => ({ ok: false, reason: 'not_found', message });

/** A stale version: the row as it is now, and who changed it last if that change is on the audit trail. */
export async function conflict<T extends { version: number }>(
  trx: Trx,
  entity: string,
  entityKey: string,
  current: T,
): Promise<WriteResult<T>> {
  return {
    ok: false,
    reason: 'conflict',
    current,
    lastChange: await lastChange(trx, entity, entityKey, current.version),
  };
}

/** The audit event that made `version` of a row, if the row's last change was made through the app. */
export async function lastChange(
  trx: Trx,
  entity: string,
  entityKey: string,
  version: number,
): Promise<LastChange | null> {
  const event = await trx
    .selectFrom('audit_events')
    .select(['actor', 'at', 'after'])
    .where('entity', '=', entity)
    .where('entity_key', '=', entityKey)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const after = event?.after as { version?: unknown } | null | undefined;
  return event && after?.version === version ? { actor: event.actor, at: event.at } : null;
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

/**
 * Runs a change and its audit event in one transaction. The change checks its keys first; when a concurrent
 * transaction inserted the same key in between, the database's unique constraint refuses it and the caller gets
 * `duplicate` as an issue instead of an error.
 */
export async function writeInTransaction<T>(
  db: Db,
  duplicate: FieldIssue,
  work: (trx: Trx) => Promise<WriteResult<T>>,
): Promise<WriteResult<T>> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'invalid', issues: [duplicate] };
    throw error;
  }
}

/** A change's audit event: the row's values and version before and after (null for a new or removed row). */
export function auditChange(
  trx: Trx,
  who: Who,
  event: {
    action: string;
    entity: string;
    entityKey: string;
    engagementId: number | null;
    before: object | null;
    after: object | null;
    detail?: unknown;
  },
) {
  return recordAudit(trx, {
    actor: who.actor,
    ip: who.ip,
    action: event.action,
    entity: event.entity,
    entityKey: event.entityKey,
    engagementId: event.engagementId,
    before: event.before,
    after: event.after,
    detail: event.detail,
  });
}

/** What removing one kind of row needs to know: its table, how to lock and name a row, and how to audit it. */
export type Removal<R> = {
  table: 'charges' | 'deliverables' | 'measurements';
  entity: string;
  noun: string;
  lock: (trx: Trx, id: number) => Promise<R | undefined>;
  keyOf: (record: R) => string;
  audited: (record: R) => object;
};

/**
 * Removes a row entered by mistake, when it is still at the version the caller read, and records its values in the
 * audit trail in the same transaction; a stale version removes nothing and answers with the row as it is now.
 */
export function removeVersioned<R extends { version: number; engagementId: number }>(
  db: Db,
  who: Who,
  input: { id: number; version: number },
  removal: Removal<R>,
): Promise<WriteResult<R>> {
  return db.transaction().execute(async (trx) => {
    const before = await removal.lock(trx, input.id);
    if (!before) return notFound(`No ${removal.noun} with id ${input.id}`);
    if (before.version !== input.version) return conflict(trx, removal.entity, removal.keyOf(before), before);
    await trx.deleteFrom(removal.table).where('id', '=', input.id).execute();
    await auditChange(trx, who, {
      action: `${removal.entity}.delete`,
      entity: removal.entity,
      entityKey: removal.keyOf(before),
      engagementId: before.engagementId,
      before: removal.audited(before),
      after: null,
    });
    return written(before);
  });
}

/** A row's audit snapshot: its values and version. */
export function snapshot(record: { version: number; values: object }, extra: object = {}): object {
  return { ...record.values, ...extra, version: record.version };
}

/** The timestamp as ISO text, for records sent to clients. */
export function isoOrNull(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}
