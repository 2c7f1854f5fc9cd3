import type { Db } from '../create-db.ts';
import { byBytes } from './byte-order.ts';

/** An engagement's SLAs in force with their contract terms, by code in byte order. */
export function loadSlaTerms(db: Db, engagementId: number) {
  return db
    .selectFrom('slas')
    .where('engagement_id', '=', engagementId)
    .where('archived_at', 'is', null)
    .select([
      'id',
      'code',
      'name',
      'unit',
      'direction',
      'expected',
      'minimum',
      'kind',
      'allocation_pct as allocationPct',
    ])
    .orderBy(byBytes('code'))
    .execute();
}
