import {
  type EngagementFilter,
  firstDayOfPeriod,
  lastDayOfPeriod,
  type MissingReportFact,
  type Period,
} from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

/**
 * Each SLA's months among `months` in which its engagement ran and that have no measurement, for the SLAs (not
 * archived) of the filtered engagements (not archived); SLAs with none missing are left out. `runningIn` keeps
 * only the engagements that run in that month (the alerts judge only those). The months are joined as a list of
 * values, so only one short row per SLA leaves the database, never the measurements.
 */
export async function loadMissingReportFacts(
  db: Db,
  filter: EngagementFilter,
  months: readonly Period[],
  options: { runningIn?: Period } = {},
): Promise<MissingReportFact[]> {
  if (months.length === 0) return [];
  const window = sql.join(
    months.map(
      (period) =>
        sql`(${period}, cast(${firstDayOfPeriod(period)} as date), cast(${lastDayOfPeriod(period)} as date))`,
    ),
  );
  let query = db
    .selectFrom('slas as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('e.status', '<>', 'archived')
    .where('s.archived_at', 'is', null);
  const running = options.runningIn;
  if (running !== undefined) {
    query = query
      .where('e.start_date', '<=', lastDayOfPeriod(running))
      .where((eb) =>
        eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', firstDayOfPeriod(running))]),
      );
  }
  const rows = await query
    .select([
      'e.code as engagement',
      'e.name as engagementName',
      'v.name as vendor',
      's.code as sla',
      's.name as slaName',
      sql<string | null>`(
        select string_agg(w.period, ',' order by w.period)
        from (values ${window}) as w (period, first_day, last_day)
        where e.start_date <= w.last_day
          and (e.end_date is null or e.end_date >= w.first_day)
          and not exists (select 1 from measurements m where m.sla_id = s.id and m.period = w.period)
      )`.as('missing'),
    ])
    .orderBy('e.code')
    .orderBy('s.code')
    .execute();
  return rows.flatMap(({ missing, ...row }) =>
    missing === null ? [] : [{ ...row, missing: missing.split(',') }],
  );
}
