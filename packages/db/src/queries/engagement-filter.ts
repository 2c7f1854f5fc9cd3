import type { EngagementFilter } from '@portfolio/domain';
import type { Db } from '../create-db.ts';

const given = <T>(list: T[] | undefined): list is T[] => list !== undefined && list.length > 0;

/** A subquery of the ids of the engagements a filter selects, for `where engagement_id in (…)`. */
export function filteredEngagementIds(db: Db, filter: EngagementFilter) {
  let query = db.selectFrom('engagements as e').select('e.id');
  if (given(filter.vendors)) {
    const vendors = filter.vendors;
    query = query.where(
      'e.vendor_id',
      'in',
      db.selectFrom('vendors').select('id').where('name', 'in', vendors),
    );
  }
  if (given(filter.types)) query = query.where('e.type', 'in', filter.types);
  if (given(filter.serviceLines)) query = query.where('e.service_line', 'in', filter.serviceLines);
  if (given(filter.locations)) query = query.where('e.location', 'in', filter.locations);
  if (given(filter.businessUnits)) query = query.where('e.business_unit', 'in', filter.businessUnits);
  if (given(filter.engagements)) query = query.where('e.code', 'in', filter.engagements);
  return query;
}
