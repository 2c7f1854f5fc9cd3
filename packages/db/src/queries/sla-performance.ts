import type { EngagementFilter, Period, SlaGridSla } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';
import { loadSlaMonths, SLA_ROW_COLUMNS } from './sla-grid.ts';

/** The SLAs of one engagement (or one of its SLAs) and their measurements in a range of months. */
export async function loadSlaTrends(
  db: Db,
  engagement: string,
  sla: string | undefined,
  from: Period,
  to: Period,
) {
  let query = db
    .selectFrom('slas as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .where('e.code', '=', engagement)
    .where('s.archived_at', 'is', null);
  if (sla !== undefined) query = query.where('s.code', '=', sla);
  const slas = await query
    .select([...SLA_ROW_COLUMNS, 's.allocation_pct as allocationPct'])
    .orderBy('s.code')
    .execute();
  const measurements = await loadSlaMonths(
    db,
    slas.map((s) => s.slaId),
    from,
    to,
  );
  return { slas: slas satisfies SlaGridSla[], measurements };
}

/** Breached measurements of the filtered engagements in a range, latest first; one more than `limit` is asked for. */
export async function loadBreaches(
  db: Db,
  filter: EngagementFilter,
  from: Period,
  to: Period,
  limit: number,
) {
  const rows = await db
    .selectFrom('measurements as m')
    .innerJoin('slas as s', 's.id', 'm.sla_id')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('s.archived_at', 'is', null)
    .where('m.status', '=', 'breached')
    .where('m.period', '>=', from)
    .where('m.period', '<=', to)
    .select([
      'm.period',
      'e.code as engagement',
      'e.name as engagementName',
      'v.name as vendor',
      's.code as sla',
      's.name as slaName',
      's.kind',
      's.unit',
      's.direction',
      's.expected',
      's.minimum',
      'm.actual',
      'm.note',
    ])
    .orderBy('m.period', 'desc')
    .orderBy('e.code')
    .orderBy('s.code')
    .limit(limit + 1)
    .execute();
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}

/** The SLAs with the most breached months in a range (then most missed), counted in SQL. */
export function loadTopBreaches(db: Db, filter: EngagementFilter, from: Period, to: Period, limit: number) {
  return db
    .selectFrom('measurements as m')
    .innerJoin('slas as s', 's.id', 'm.sla_id')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('s.archived_at', 'is', null)
    .where('m.period', '>=', from)
    .where('m.period', '<=', to)
    .groupBy(['e.code', 'e.name', 'v.name', 's.code', 's.name', 's.kind'])
    .having(sql<boolean>`count(*) filter (where m.status = 'breached') > 0`)
    .select([
      'e.code as engagement',
      'e.name as engagementName',
      'v.name as vendor',
      's.code as sla',
      's.name as slaName',
      's.kind',
      sql<number>`count(*) filter (where m.status = 'breached')`.as('breached'),
      sql<number>`count(*) filter (where m.status = 'missed')`.as('missed'),
      sql<number>`count(*)`.as('measured'),
      sql<string>`max(m.period) filter (where m.status = 'breached')`.as('lastBreach'),
    ])
    .orderBy('breached', 'desc')
    .orderBy('missed', 'desc')
    .orderBy('e.code')
    .orderBy('s.code')
    .limit(limit)
    .execute();
}
