import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/** Who did something: a signed-in user, an API token, or the system (CLI, seeding). */
export type Actor = { userId: number | null; tokenId: number | null; label: string };

export type AuditEvent = {
  actor: Actor;
  action: string;
  entity: string;
  entityKey?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: unknown;
  ip?: string | null;
  /** The engagement the change belongs to, for its history page. */
  engagementId?: number | null;
};

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** The columns of an event's row that say who did what to which; every kind of event writes them alike. */
function eventColumns(event: AuditEvent) {
  return {
    user_id: event.actor.userId,
    token_id: event.actor.tokenId,
    actor: event.actor.label,
    action: event.action,
    entity: event.entity,
    entity_key: event.entityKey ?? null,
    ip: event.ip ?? null,
    engagement_id: event.engagementId ?? null,
  };
}

/** Records an event; call it inside the transaction of the change it describes. */
export function recordAudit(db: Db, event: AuditEvent) {
  return db
    .insertInto('audit_events')
    .values({
      ...eventColumns(event),
      before: json(event.before),
      after: json(event.after),
      detail: json(event.detail),
    })
    .execute();
}

/**
 * Records an event that may repeat many times (a throttled sign-in, a refused request): the first of an hour for
 * its subject (action, who, address, key) is written as an event, the rest only count on it (`detail.count`,
 * `detail.lastAt`), so that a flood of them cannot flood the audit trail.
 */
export async function recordRepeatedAudit(db: Db, event: AuditEvent) {
  const hour = new Date().toISOString().slice(0, 13);
  const repeatKey = JSON.stringify([
    event.action,
    event.actor.label,
    event.ip ?? null,
    event.entityKey ?? null,
    hour,
  ]);
  const detail = {
    ...(typeof event.detail === 'object' && event.detail !== null ? event.detail : {}),
    count: 1,
  };
  await db
    .insertInto('audit_events')
    .values({ ...eventColumns(event), detail: JSON.stringify(detail), repeat_key: repeatKey })
    .onConflict((oc) =>
      oc.column('repeat_key').doUpdateSet({
        detail: sql`jsonb_set(jsonb_set(audit_events.detail, '{count}',
          to_jsonb(coalesce((audit_events.detail ->> 'count')::int, 1) + 1)), '{lastAt}', to_jsonb(now()))`,
      }),
    )
    .execute();
}

/** How many events of an action happened in the last `seconds`, for one entity key or one address. */
export async function countRecentEvents(
  db: Db,
  action: string,
  seconds: number,
  by: { entityKey: string } | { ip: string },
): Promise<number> {
  let query = db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .where('at', '>', sql<Date>`now() - make_interval(secs => ${seconds})`);
  query = 'entityKey' in by ? query.where('entity_key', '=', by.entityKey) : query.where('ip', '=', by.ip);
  const row = await query.executeTakeFirstOrThrow();
  return row.n;
}

export function listAuditEvents(db: Db, filter: { entity?: string; entityKey?: string; limit: number }) {
  let query = db
    .selectFrom('audit_events')
    .select([
      'id',
      'at',
      'actor',
      'action',
      'entity',
      'entity_key as entityKey',
      'before',
      'after',
      'detail',
      'ip',
    ])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityKey) query = query.where('entity_key', '=', filter.entityKey);
  return query.execute();
}
