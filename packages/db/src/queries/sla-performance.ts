import type { EngagementFilter, Period, SlaGridSla } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';
import { measurementsInForce } from './measurements-in-force.ts';
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
  const rows = await measurementsInForce(db, filter, from, to)
    .where('m.status', '=', 'breached')
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

/**
 * The SLAs with the most breached months in a range (then most missed), counted in SQL. The months not met are read
 * alone (a partial index holds them), so the ranking never scans the months met; only the SLAs shown are then counted
 * in full.
 */
export async function loadTopBreaches(
  db: Db,
  filter: EngagementFilter,
  from: Period,
  to: Period,
  limit: number,
) {
  const { rows } = await sql<{
    engagement: string;
    engagementName: string;
    vendor: string;
    sla: string;
    slaName: string;
    kind: 'critical' | 'key';
    breached: number;
    missed: number;
    measured: number;
    lastBreach: string;
  }>`
    select top.engagement, top."engagementName", top.vendor, top.sla, top."slaName", top.kind, top.breached,
      top.missed, (select count(*) from measurements m where m.sla_id = top.id and m.period between ${from} and ${to})
        as measured,
      top."lastBreach"
    from (
      select s.id, e.code as engagement, e.name as "engagementName", v.name as vendor, s.code as sla,
        s.name as "slaName", s.kind, f.breached, f.missed, f.last_breach as "lastBreach"
      from (
        select m.sla_id, count(*) filter (where m.status = 'breached') as breached,
          count(*) filter (where m.status = 'missed') as missed,
          max(m.period) filter (where m.status = 'breached') as last_breach
        from measurements m
        where m.status <> 'met' and m.period between ${from} and ${to}
        group by m.sla_id
        having count(*) filter (where m.status = 'breached') > 0
      ) f
      join slas s on s.id = f.sla_id
      join engagements e on e.id = s.engagement_id
      join vendors v on v.id = e.vendor_id
      where s.archived_at is null and e.id in (${filteredEngagementIds(db, filter)})
      order by f.breached desc, f.missed desc, e.code, s.code
      limit ${limit}
    ) top
    order by top.breached desc, top.missed desc, top.engagement, top.sla`.execute(db);
  return rows;
}
