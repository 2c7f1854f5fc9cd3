import type { Role, Subscription, SubscriptionFilter } from '@portfolio/domain';
import { ALERT_KINDS, ALERT_SEVERITIES } from '@portfolio/domain';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../create-db.ts';
import type { NotificationSubscriptionsTable } from '../schema.ts';

/** A stored subscription with its schedule's state. */
export type StoredSubscription = Subscription & {
  userId: number;
  nextDueAt: Date | null;
  lastRunAt: Date | null;
  lastRunOutcome: 'queued' | 'nothing_new' | null;
  version: number;
  updatedAt: Date;
};

type Row = Selectable<NotificationSubscriptionsTable>;

const known = <T extends string>(values: readonly T[], stored: unknown): T[] =>
  Array.isArray(stored) ? values.filter((value) => stored.includes(value)) : [];

/** A row as the domain's subscription; kinds and severities keep the domain's order. */
function toSubscription(row: Row): StoredSubscription {
  return {
    userId: row.user_id,
    enabled: row.enabled,
    cadence: row.cadence,
    weekday: row.weekday,
    hour: row.hour,
    kinds: known(ALERT_KINDS, row.kinds),
    severities: known(ALERT_SEVERITIES, row.severities),
    filter: (row.filter ?? {}) as SubscriptionFilter,
    sendWhenEmpty: row.send_when_empty,
    nextDueAt: row.next_due_at,
    lastRunAt: row.last_run_at,
    lastRunOutcome: row.last_run_outcome,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function values(subscription: Subscription, nextDueAt: Date | null) {
  return {
    enabled: subscription.enabled,
    cadence: subscription.cadence,
    weekday: subscription.weekday,
    hour: subscription.hour,
    kinds: JSON.stringify(subscription.kinds),
    severities: JSON.stringify(subscription.severities),
    filter: JSON.stringify(subscription.filter),
    send_when_empty: subscription.sendWhenEmpty,
    next_due_at: subscription.enabled ? nextDueAt : null,
  };
}

export async function loadSubscription(db: Db, userId: number): Promise<StoredSubscription | null> {
  const row = await db
    .selectFrom('notification_subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toSubscription(row) : null;
}

/** Stores a user's subscription (new or changed) due next at `nextDueAt`; an unsubscribed one is due never. */
export async function saveSubscription(
  db: Db,
  userId: number,
  subscription: Subscription,
  nextDueAt: Date,
): Promise<StoredSubscription> {
  const row = await db
    .insertInto('notification_subscriptions')
    .values({ user_id: userId, ...values(subscription, nextDueAt) })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        ...values(subscription, nextDueAt),
        version: sql<number>`notification_subscriptions.version + 1`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSubscription(row);
}

/** Active users without a subscription yet: they get their role's default (see `addDefaultSubscriptions`). */
export function usersWithoutSubscription(db: Db) {
  return db
    .selectFrom('users as u')
    .where('u.active', '=', true)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notification_subscriptions as s')
            .whereRef('s.user_id', '=', 'u.id')
            .select('s.user_id'),
        ),
      ),
    )
    .select(['u.id', 'u.role'])
    .execute() as Promise<{ id: number; role: Role }[]>;
}

/** Adds default subscriptions; one another process added meanwhile is kept as it is. */
export async function addDefaultSubscriptions(
  db: Db,
  rows: readonly { userId: number; subscription: Subscription; nextDueAt: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('notification_subscriptions')
    .values(rows.map((row) => ({ user_id: row.userId, ...values(row.subscription, row.nextDueAt) })))
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
}

/** The users whose digest is due at `now` (enabled, active users), soonest first. */
export async function dueSubscriptionUsers(db: Db, now: Date, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('notification_subscriptions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .where('s.enabled', '=', true)
    .where('s.next_due_at', '<=', now)
    .where('u.active', '=', true)
    .select('s.user_id')
    .orderBy('s.next_due_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.user_id);
}

/**
 * Takes a due subscription for this transaction: null when it is no longer due (another process handled it) or
 * another process holds it right now (SKIP LOCKED: it is deciding; this one moves on).
 */
export async function lockDueSubscription(
  db: Db,
  userId: number,
  now: Date,
): Promise<StoredSubscription | null> {
  const row = await db
    .selectFrom('notification_subscriptions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('enabled', '=', true)
    .where('next_due_at', '<=', now)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row ? toSubscription(row) : null;
}

/** Records a run of a due subscription and when it is due next. */
export async function recordSubscriptionRun(
  db: Db,
  userId: number,
  run: { nextDueAt: Date; outcome: 'queued' | 'nothing_new' },
): Promise<void> {
  await db
    .updateTable('notification_subscriptions')
    .set({ next_due_at: run.nextDueAt, last_run_at: sql<Date>`now()`, last_run_outcome: run.outcome })
    .where('user_id', '=', userId)
    .execute();
}

/** Every user with their subscription (null: none stored yet), for admins. */
export async function listSubscriptions(db: Db) {
  const [users, subscriptions] = await Promise.all([
    db.selectFrom('users').select(['id', 'email', 'name', 'role', 'active']).orderBy('email').execute(),
    db.selectFrom('notification_subscriptions').selectAll().execute(),
  ]);
  const byUser = new Map(subscriptions.map((row) => [row.user_id, toSubscription(row)]));
  return users.map((user) => ({ user, subscription: byUser.get(user.id) ?? null }));
}
