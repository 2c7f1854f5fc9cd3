import type { Db } from '../create-db.ts';

/** What the dashboard's filters can choose from: the vendors and business units on record, by name. */
export async function loadFilterOptions(db: Db) {
  const [vendors, businessUnits] = await Promise.all([
    db.selectFrom('vendors').select('name').where('archived_at', 'is', null).orderBy('name').execute(),
    db
      .selectFrom('engagements')
      .select('business_unit')
      .distinct()
      .where('business_unit', 'is not', null)
      .orderBy('business_unit')
      .execute(),
  ]);
  return {
    vendors: vendors.map((row) => row.name),
    businessUnits: businessUnits.flatMap((row) => (row.business_unit === null ? [] : [row.business_unit])),
  };
}
