import type { CriticalSlaCounts, EngagementFilter, ReportScope } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { measurementsInForce } from './measurements-in-force.ts';

/** A vendor's record by name; undefined when there is none. */
export function loadVendor(db: Db, name: string) {
  return db
    .selectFrom('vendors')
    .where('name', '=', name)
    .select(['name', 'country', 'certifications', 'notes'])
    .executeTakeFirst();
}

/**
 * The measured months of each vendor's critical SLAs (not archived) in the counted months of a range, by status:
 * what the vendor score weighs as contracts do. A month counts where the engagement ran (any day of it between
 * its start and end), as the report's SLA-periods do.
 */
export async function loadCriticalSlaCounts(
  db: Db,
  filter: EngagementFilter,
  scope: ReportScope,
): Promise<CriticalSlaCounts[]> {
  const first = scope.months[0];
  const last = scope.months.at(-1);
  if (first === undefined || last === undefined) return [];
  const rows = await measurementsInForce(db, filter, first, last)
    .where('s.kind', '=', 'critical')
    .where(sql<boolean>`m.period >= to_char(e.start_date, 'YYYY-MM')`)
    .where(sql<boolean>`(e.end_date is null or m.period <= to_char(e.end_date, 'YYYY-MM'))`)
    .groupBy('v.name')
    .select((eb) => [
      'v.name as vendor',
      eb.fn.count<string | number>('m.id').filterWhere('m.status', '=', 'met').as('met'),
      eb.fn.count<string | number>('m.id').filterWhere('m.status', '=', 'missed').as('missed'),
      eb.fn.count<string | number>('m.id').filterWhere('m.status', '=', 'breached').as('breached'),
    ])
    .execute();
  // pg gives counts as strings, PGlite as numbers.
  return rows.map((row) => ({
    vendor: row.vendor,
    met: Number(row.met),
    missed: Number(row.missed),
    breached: Number(row.breached),
  }));
}
