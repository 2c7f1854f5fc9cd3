import type { Db } from '../create-db.ts';

/** The engagements list: every engagement with its vendor's name, by code. */
export function listEngagements(db: Db) {
  return db
    .selectFrom('engagements as e')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .select([
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
    ])
    .orderBy('e.code')
    .execute();
}

export type EngagementListItem = Awaited<ReturnType<typeof listEngagements>>[number];
