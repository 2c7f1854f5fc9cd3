import type { EngagementFilter, Period, SlaGridMeasurement, SlaGridSla } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

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
    .select([
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
    ])
    .orderBy('e.code')
    .orderBy('s.code')
    .limit(limit + 1)
    .execute();
  const truncated = slas.length > limit;
  const shown = slas.slice(0, limit);
  const measurements: SlaGridMeasurement[] =
    shown.length === 0
      ? []
      : await db
          .selectFrom('measurements')
          .where(
            'sla_id',
            'in',
            shown.map((s) => s.slaId),
          )
          .where('period', '>=', from)
          .where('period', '<=', to)
          .select(['sla_id as slaId', 'period', 'actual', 'status', 'note'])
          .execute();
  return { slas: shown, measurements, truncated };
}
