import { ALERT_KINDS, type AlertKind, type SubscriptionFilter } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/** A webhook target as admins see it: never its URL, only the hint. */
export type WebhookTarget = {
  id: number;
  name: string;
  format: 'slack' | 'teams';
  urlHint: string;
  kinds: AlertKind[];
  filter: SubscriptionFilter;
  createdBy: string;
  createdAt: Date;
};

const COLUMNS = [
  'id',
  'name',
  'format',
  'url_hint as urlHint',
  'kinds',
  'filter',
  'created_by as createdBy',
  'created_at as createdAt',
] as const;

function toTarget<R extends { kinds: unknown; filter: unknown }>(row: R) {
  return {
    ...row,
    kinds: ALERT_KINDS.filter((kind) => Array.isArray(row.kinds) && row.kinds.includes(kind)),
    filter: (row.filter ?? {}) as SubscriptionFilter,
  };
}

/** The targets in use, by name. */
export async function listWebhookTargets(db: Db): Promise<WebhookTarget[]> {
  const rows = await db
    .selectFrom('webhook_targets')
    .select(COLUMNS)
    .where('removed_at', 'is', null)
    .orderBy('name')
    .execute();
  return rows.map(toTarget);
}

export async function insertWebhookTarget(
  db: Db,
  target: {
    name: string;
    format: 'slack' | 'teams';
    urlSealed: string;
    urlHint: string;
    kinds: readonly AlertKind[];
    filter: SubscriptionFilter;
    createdBy: string;
  },
): Promise<WebhookTarget> {
  const row = await db
    .insertInto('webhook_targets')
    .values({
      name: target.name,
      format: target.format,
      url_sealed: target.urlSealed,
      url_hint: target.urlHint,
      kinds: JSON.stringify(target.kinds),
      filter: JSON.stringify(target.filter),
      created_by: target.createdBy,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toTarget(row);
}

/** Removes a target (its messages stay on record); false when there was none in use. */
export async function removeWebhookTarget(db: Db, id: number): Promise<boolean> {
  const result = await db
    .updateTable('webhook_targets')
    .set({ removed_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A target's sealed URL (also of a removed one, whose queued messages still go), or null when unknown. */
export async function loadSealedUrl(db: Db, id: number): Promise<string | null> {
  const row = await db
    .selectFrom('webhook_targets')
    .select('url_sealed')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.url_sealed ?? null;
}

export async function loadWebhookTarget(db: Db, id: number): Promise<WebhookTarget | null> {
  const row = await db
    .selectFrom('webhook_targets')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row ? toTarget(row) : null;
}

/**
 * The targets in use, locked for this transaction with what each saw at its last look; one another process is
 * looking at right now is skipped (it will announce what is new).
 */
export async function lockWebhookTargets(db: Db) {
  const rows = await db
    .selectFrom('webhook_targets')
    .select([...COLUMNS, 'observed'])
    .where('removed_at', 'is', null)
    .orderBy('id')
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.map((row) => ({ ...toTarget(row), observed: row.observed }));
}

/** What a target saw at this look: the critical alerts' keys and magnitudes. */
export async function recordObserved(db: Db, id: number, observed: Record<string, number>): Promise<void> {
  await db
    .updateTable('webhook_targets')
    .set({ observed: JSON.stringify(observed) })
    .where('id', '=', id)
    .execute();
}
