import { sql, type Transaction } from 'kysely';
import type { Db } from '../create-db.ts';
import type { Database } from '../schema.ts';
import { transact } from '../transact.ts';
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
    return await transact(db, work);
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

/** One kind of versioned row: how to find and lock a row, name it in messages and the audit trail, and audit it. */
export type VersionedRows<R, Id = number> = {
  /** The audit trail's entity ('charge'), also the prefix of its actions ('charge.update'). */
  entity: string;
  /** The message for a row that is not there: "No charge with id 7". */
  missing: (id: Id) => string;
  lock: (trx: Trx, id: Id) => Promise<R | undefined>;
  keyOf: (record: R) => string;
  engagementOf: (record: R) => number | null;
  /** The row as the audit trail records it before and after. */
  audited: (record: R) => object;
};

/** Answers a row just inserted (by `id`) as written, and records it in the audit trail in the same transaction. */
export async function recordCreated<R, Id>(
  trx: Trx,
  who: Who,
  rows: VersionedRows<R, Id>,
  id: Id,
): Promise<WriteResult<R>> {
  const record = await rows.lock(trx, id);
  if (!record) throw new Error(`the new ${rows.entity} is gone`);
  await auditChange(trx, who, {
    action: `${rows.entity}.create`,
    entity: rows.entity,
    entityKey: rows.keyOf(record),
    engagementId: rows.engagementOf(record),
    before: null,
    after: rows.audited(record),
  });
  return written(record);
}

/** What a change to a locked row did: an answer to give as it is (a refused value), nothing, or a write. */
export type ChangeOutcome<R> = WriteResult<R> | 'unchanged' | { changed: true; detail?: unknown };

/**
 * Changes a row when it is still at the version the caller read: locks it, answers a stale version with the row as
 * it is now, lets `change` check the values and write them, and records the row before and after in the audit trail
 * in the same transaction. Every update, archive and restore of the data goes through here.
 */
export async function changeVersioned<R extends { version: number }, Id>(
  trx: Trx,
  who: Who,
  rows: VersionedRows<R, Id>,
  target: { id: Id; version: number },
  event: { action: string; audited?: (record: R) => object },
  change: (before: R) => Promise<ChangeOutcome<R>>,
): Promise<WriteResult<R>> {
  const before = await rows.lock(trx, target.id);
  if (!before) return notFound(rows.missing(target.id));
  if (before.version !== target.version) return conflict(trx, rows.entity, rows.keyOf(before), before);
  const outcome = await change(before);
  if (outcome === 'unchanged') return written(before, false);
  if ('ok' in outcome) return outcome;
  const after = await rows.lock(trx, target.id);
  if (!after) throw new Error(`the ${rows.entity} is gone`);
  const audited = event.audited ?? rows.audited;
  await auditChange(trx, who, {
    action: event.action,
    entity: rows.entity,
    entityKey: rows.keyOf(after),
    engagementId: rows.engagementOf(after),
    before: audited(before),
    after: audited(after),
    detail: outcome.detail,
  });
  return written(after);
}

/**
 * Archives a row (it leaves the lists and reports; its history stays) or restores it, when it is still at the
 * version the caller read; archiving an archived row changes nothing. The audit trail shows the row's archived flag.
 */
export function setArchived<R extends { version: number; archivedAt: string | null; values: object }>(
  db: Db,
  who: Who,
  rows: VersionedRows<R> & { table: 'vendors' | 'slas' },
  input: { id: number; version: number; archived: boolean },
): Promise<WriteResult<R>> {
  const event = {
    action: `${rows.entity}.${input.archived ? 'archive' : 'restore'}`,
    audited: (record: R) => snapshot(record, { archived: record.archivedAt !== null }),
  };
  return transact(db, (trx) =>
    changeVersioned(trx, who, rows, input, event, async (before) => {
      if ((before.archivedAt !== null) === input.archived) return 'unchanged';
      await trx
        .updateTable(rows.table)
        .set({
          archived_at: input.archived ? sql`now()` : null,
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', input.id)
        .execute();
      return { changed: true };
    }),
  );
}

/**
 * Removes a row entered by mistake, when it is still at the version the caller read, and records its values in the
 * audit trail in the same transaction; a stale version removes nothing and answers with the row as it is now.
 */
export function removeVersioned<R extends { version: number }, Id>(
  db: Db,
  who: Who,
  rows: VersionedRows<R, Id>,
  target: { id: Id; version: number },
  remove: (trx: Trx, record: R) => Promise<unknown>,
): Promise<WriteResult<R>> {
  return transact(db, async (trx) => {
    const before = await rows.lock(trx, target.id);
    if (!before) return notFound(rows.missing(target.id));
    if (before.version !== target.version) return conflict(trx, rows.entity, rows.keyOf(before), before);
    await remove(trx, before);
    await auditChange(trx, who, {
      action: `${rows.entity}.delete`,
      entity: rows.entity,
      entityKey: rows.keyOf(before),
      engagementId: rows.engagementOf(before),
      before: rows.audited(before),
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
