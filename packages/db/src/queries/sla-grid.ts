import type { EngagementFilter, Period, SlaGridMeasurement, SlaGridSla } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

/** The columns of an SLA row of the grid or a trend: the SLA with its engagement's code, name and period. */
export const SLA_ROW_COLUMNS = [
  's.id as slaId',
  'e.code as engagement',
  'e.name as engagementName',
  'e.start_date as startDate',
  'e.end_date as endDate',
  's.code',
  's.name',
  's.unit',
  's.direction',
  's.kind',
  's.expected',
  's.minimum',
] as const;

/** The measurements of some SLAs in a range of months, with the vendor's note. */
export async function loadSlaMonths(
  db: Db,
  slaIds: readonly number[],
  from: Period,
  to: Period,
): Promise<SlaGridMeasurement[]> {
  if (slaIds.length === 0) return [];
  return db
    .selectFrom('measurements')
    .where('sla_id', 'in', slaIds)
    .where('period', '>=', from)
    .where('period', '<=', to)
    .select(['sla_id as slaId', 'period', 'actual', 'status', 'note'])
    .execute();
}

/**
 * The SLAs of the filtered engagements (by engagement and SLA code, at most `limit`) and their measurements in a
 * range of months. One more SLA than the limit is asked for, so the caller can tell the list was cut.
 */
export async function loadSlaGrid(db: Db, filter: EngagementFilter, from: Period, to: Period, limit: number) {
  const slas: SlaGridSla[] = await db
    .selectFrom('slas as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('s.archived_at', 'is', null)
    .select(SLA_ROW_COLUMNS)
    .orderBy('e.code')
    .orderBy('s.code')
    .limit(limit + 1)
    .execute();
  const truncated = slas.length > limit;
  const shown = slas.slice(0, limit);
  const measurements = await loadSlaMonths(
    db,
    shown.map((s) => s.slaId),
    from,
    to,
  );
  return { slas: shown, measurements, truncated };
}
