import type { EngagementFilter } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

/** What names a deliverable in a list: its engagement (code and name), vendor, code and title. */
export const DELIVERABLE_NAMES = [
  'e.code as engagement',
  'e.name as engagementName',
  'v.name as vendor',
  'd.code',
  'd.title',
] as const;

/**
 * The selected engagements' KPO deliverables (joined to their engagement `e` and vendor `v`) not cancelled and not
 * delivered by a date: what is overdue at the date, or open when it is today (alerts.ts).
 */
export function undeliveredBy(db: Db, filter: EngagementFilter, date: string) {
  return db
    .selectFrom('deliverables as d')
    .innerJoin('engagements as e', 'e.id', 'd.engagement_id')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('e.type', '=', 'KPO')
    .where('d.status', '<>', 'cancelled')
    .where((eb) => eb.or([eb('d.delivered_date', 'is', null), eb('d.delivered_date', '>', date)]));
}

/**
 * KPO deliverables due before the as-of date and not delivered by it (cancelled ones excepted), longest overdue
 * first; one more than `limit` is asked for so the caller can tell the list was cut.
 */
export async function loadOverdueDeliverables(
  db: Db,
  filter: EngagementFilter,
  asOfDate: string,
  limit: number,
) {
  const rows = await undeliveredBy(db, filter, asOfDate)
    .where('d.due_date', '<', asOfDate)
    .select([
      ...DELIVERABLE_NAMES,
      'd.kind',
      'd.requested_date as requestedDate',
      'd.due_date as dueDate',
      'd.status',
      sql<number>`cast(${asOfDate} as date) - d.due_date`.as('daysOverdue'),
    ])
    .orderBy('d.due_date')
    .orderBy('e.code')
    .orderBy('d.code')
    .limit(limit + 1)
    .execute();
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}
