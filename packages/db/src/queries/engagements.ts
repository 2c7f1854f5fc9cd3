import type { EngagementFilter } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

/**
 * What the engagements list shows of an engagement (from `engagements as e` joined to `vendors as v`); its detail
 * shows these and its terms.
 */
export const ENGAGEMENT_COLUMNS = [
  'e.code',
  'e.name',
  'v.name as vendor',
  'e.type',
  'e.service_line as serviceLine',
  'e.location',
  'e.business_unit as businessUnit',
  'e.owner',
  'e.status',
  'e.start_date as startDate',
  'e.end_date as endDate',
  'e.currency',
] as const;

/** The engagements list: the engagements a filter selects (all without one) with their vendor's name, by code. */
export function listEngagements(db: Db, filter: EngagementFilter = {}) {
  return db
    .selectFrom('engagements as e')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .select(ENGAGEMENT_COLUMNS)
    .orderBy('e.code')
    .execute();
}

export type EngagementListItem = Awaited<ReturnType<typeof listEngagements>>[number];
