import type { CategoryChargesFact, EngagementFilter, Period } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

/** Charges per engagement, month and category in the engagement's currency, summed in SQL. */
export function loadChargesByCategory(
  db: Db,
  filter: EngagementFilter,
  from: Period,
  to: Period,
): Promise<CategoryChargesFact[]> {
  return db
    .selectFrom('charges as c')
    .where('c.engagement_id', 'in', filteredEngagementIds(db, filter))
    .where('c.period', '>=', from)
    .where('c.period', '<=', to)
    .groupBy(['c.engagement_id', 'c.period', 'c.category'])
    .select([
      'c.engagement_id as engagementId',
      'c.period',
      'c.category',
      sql<string>`sum(c.amount)`.as('amount'),
    ])
    .execute();
}
