import type { Db } from '../create-db.ts';

/** A vendor's record by name; undefined when there is none. */
export function loadVendor(db: Db, name: string) {
  return db
    .selectFrom('vendors')
    .where('name', '=', name)
    .select(['name', 'country', 'certifications', 'notes'])
    .executeTakeFirst();
}
