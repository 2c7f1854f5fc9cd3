import type { DigestItem } from '@portfolio/domain';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../create-db.ts';
import type { NotificationOutboxTable, OutboxReason } from '../schema.ts';

export type OutboxRow = Selectable<NotificationOutboxTable>;

/** A message to queue: an email to a user, or a chat message to a webhook target. */
export type NewMessage = {
  reason: OutboxReason;
  recipient: string;
  subject: string;
  text: string;
  items: readonly DigestItem[];
} & (
  | { channel: 'email'; userId: number; html: string }
  | { channel: 'webhook'; targetId: number; payload: unknown }
);

/** Queues a message, due at once; call it in the transaction that decided to send it. Returns its id. */
export async function enqueueMessage(db: Db, message: NewMessage): Promise<number> {
  const row = await db
    .insertInto('notification_outbox')
    .values({
      channel: message.channel,
      reason: message.reason,
      user_id: message.channel === 'email' ? message.userId : null,
      target_id: message.channel === 'webhook' ? message.targetId : null,
      recipient: message.recipient,
      subject: message.subject,
      body_text: message.text,
      body_html: message.channel === 'email' ? message.html : null,
      payload: message.channel === 'webhook' ? JSON.stringify(message.payload) : null,
      items: JSON.stringify(message.items),
      status: 'queued',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What the user's last digest carried (null before the first): what the next one counts as new against. */
export async function lastDigestItems(db: Db, userId: number): Promise<DigestItem[] | null> {
  const row = await db
    .selectFrom('notification_outbox')
    .select('items')
    .where('user_id', '=', userId)
    .where('reason', 'in', ['digest', 'on_request'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? row.items : null;
}

/**
 * Claims messages to send for `leaseSeconds`: due queued ones, and those whose sender's lease ran out (it died
 * mid-send). FOR UPDATE SKIP LOCKED: a row another process is claiming at the same moment is left to it, and once
 * claimed (status `sending`) no other process takes it. Each claim counts an attempt.
 */
export function claimMessages(db: Db, options: { limit: number; leaseSeconds: number; id?: number }) {
  return db
    .updateTable('notification_outbox')
    .set({
      status: 'sending',
      attempts: sql<number>`attempts + 1`,
      lease_until: sql<Date>`now() + make_interval(secs => ${options.leaseSeconds})`,
    })
    .where('id', 'in', (eb) => {
      let waiting = eb
        .selectFrom('notification_outbox')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'queued'), w('next_attempt_at', '<=', sql<Date>`now()`)]),
            w.and([w('status', '=', 'sending'), w('lease_until', '<', sql<Date>`now()`)]),
          ]),
        );
      if (options.id !== undefined) waiting = waiting.where('id', '=', options.id);
      return waiting.orderBy('next_attempt_at').orderBy('id').limit(options.limit).forUpdate().skipLocked();
    })
    .returningAll()
    .execute();
}

/** How an attempt ended: delivered, not sent for want of a mail server, or failed (retried at `retryAt`, or not). */
export type AttemptOutcome =
  | { status: 'sent' | 'would_have_sent' }
  | { status: 'failed'; error: string; retryInSeconds: number | null };

/** Records an attempt's outcome on a message this process claimed, with the attempt itself. */
export async function recordAttempt(db: Db, id: number, outcome: AttemptOutcome): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const retry = outcome.status === 'failed' && outcome.retryInSeconds !== null;
    await trx
      .updateTable('notification_outbox')
      .set({
        status: retry ? 'queued' : outcome.status,
        lease_until: null,
        last_error: outcome.status === 'failed' ? outcome.error : null,
        next_attempt_at: retry
          ? sql<Date>`now() + make_interval(secs => ${outcome.retryInSeconds})`
          : sql<Date>`next_attempt_at`,
        finished_at: retry ? null : sql<Date>`now()`,
      })
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .execute();
    await trx
      .insertInto('notification_attempts')
      .values({
        outbox_id: id,
        outcome: outcome.status === 'failed' ? 'failed' : outcome.status,
        error: outcome.status === 'failed' ? outcome.error : null,
      })
      .execute();
  });
}

const DELIVERY_COLUMNS = [
  'o.id',
  'o.channel',
  'o.reason',
  'o.user_id as userId',
  'o.target_id as targetId',
  'o.recipient',
  'o.subject',
  'o.status',
  'o.attempts',
  'o.last_error as lastError',
  'o.next_attempt_at as nextAttemptAt',
  'o.created_at as createdAt',
  'o.finished_at as finishedAt',
] as const;

/** The latest messages, newest first: a user's own, or everyone's (admins). */
export function listDeliveries(db: Db, options: { userId?: number; limit: number }) {
  let query = db
    .selectFrom('notification_outbox as o')
    .select(DELIVERY_COLUMNS)
    .select(sql<number>`jsonb_array_length(o.items)`.as('alerts'))
    .orderBy('o.id', 'desc')
    .limit(options.limit);
  if (options.userId !== undefined) query = query.where('o.user_id', '=', options.userId);
  return query.execute();
}

/** One message with what it said and each attempt; null when unknown (or not the user's, when one is given). */
export async function loadDelivery(db: Db, id: number, userId?: number) {
  let query = db
    .selectFrom('notification_outbox as o')
    .select(DELIVERY_COLUMNS)
    .select(['o.body_text as text', 'o.body_html as html', 'o.payload'])
    .select(sql<number>`jsonb_array_length(o.items)`.as('alerts'))
    .where('o.id', '=', id);
  if (userId !== undefined) query = query.where('o.user_id', '=', userId);
  const delivery = await query.executeTakeFirst();
  if (!delivery) return null;
  const history = await db
    .selectFrom('notification_attempts')
    .select(['at', 'outcome', 'error'])
    .where('outbox_id', '=', id)
    .orderBy('id')
    .execute();
  return { ...delivery, history };
}
