import type { EngagementFilter, Period } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

/**
 * The measurements `m` of a range of months, of the SLAs `s` in force (not archived) of the selected engagements
 * `e`, with their vendor `v`: where the breaches list and the vendor scores start.
 */
export function measurementsInForce(db: Db, filter: EngagementFilter, from: Period, to: Period) {
  return db
    .selectFrom('measurements as m')
    .innerJoin('slas as s', 's.id', 'm.sla_id')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('s.archived_at', 'is', null)
    .where('m.period', '>=', from)
    .where('m.period', '<=', to);
}
