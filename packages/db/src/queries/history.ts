import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/** One event of an engagement's history: who, when, what, and the values before and after. */
export type HistoryEvent = {
  id: number;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entityKey: string | null;
  before: unknown;
  after: unknown;
  detail: unknown;
};

/**
 * An engagement's history, latest first: the audit events of its own changes and those of its SLAs, measurements,
 * charges and deliverables, and the imports whose file named it. Undefined when no engagement has the code.
 */
export async function loadEngagementHistory(
  db: Db,
  code: string,
  options: { limit: number; before?: number | undefined },
): Promise<{ engagement: { code: string; name: string }; events: HistoryEvent[] } | undefined> {
  const engagement = await db
    .selectFrom('engagements')
    .select(['id', 'code', 'name'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!engagement) return undefined;
  let query = db
    .selectFrom('audit_events')
    .select(['id', 'at', 'actor', 'action', 'entity', 'entity_key as entityKey', 'before', 'after', 'detail'])
    .where((eb) =>
      eb.or([
        eb('engagement_id', '=', engagement.id),
        eb.and([
          eb('action', '=', 'import'),
          sql<boolean>`detail -> 'engagements' @> jsonb_build_array(${code}::text)`,
        ]),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.before !== undefined) query = query.where('id', '<', options.before);
  const events = await query.execute();
  return {
    engagement: { code: engagement.code, name: engagement.name },
    events: events.map((event) => ({ ...event, id: Number(event.id) })),
  };
}
