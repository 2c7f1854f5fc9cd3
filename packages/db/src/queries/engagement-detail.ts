import type { Period } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { ENGAGEMENT_COLUMNS } from './engagements.ts';
import { loadSlaTerms } from './sla-terms.ts';

/** One engagement's terms, its vendor and its SLAs in force; undefined when no engagement has the code. */
export async function loadEngagementDetail(db: Db, code: string) {
  const engagement = await db
    .selectFrom('engagements as e')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.code', '=', code)
    .select([
      'e.id',
      ...ENGAGEMENT_COLUMNS,
      'v.country as vendorCountry',
      'e.pricing_model as pricingModel',
      'e.annual_budget as annualBudget',
      'e.at_risk_pct as atRiskPct',
      'e.earn_back_months as earnBackMonths',
      'e.baseline_monthly_cost as baselineMonthlyCost',
      'e.planned_monthly_savings as plannedMonthlySavings',
    ])
    .executeTakeFirst();
  if (!engagement) return undefined;
  const slas = (await loadSlaTerms(db, engagement.id)).map(({ id: _sla, ...terms }) => terms);
  const { id: _id, ...terms } = engagement;
  return { ...terms, slas };
}

/** An engagement's charges per month and category in its own currency, summed in SQL. */
export function loadEngagementCharges(db: Db, code: string, from: Period, to: Period) {
  return db
    .selectFrom('charges as c')
    .innerJoin('engagements as e', 'e.id', 'c.engagement_id')
    .where('e.code', '=', code)
    .where('c.period', '>=', from)
    .where('c.period', '<=', to)
    .groupBy(['c.period', 'c.category'])
    .select([
      'c.period',
      'c.category',
      sql<string>`sum(c.amount)`.as('amount'),
      sql<number>`count(distinct c.invoice)`.as('invoices'),
    ])
    .orderBy('c.period')
    .orderBy('c.category')
    .execute();
}

/** An engagement's deliverables, latest due first (at most `limit`). */
export function loadEngagementDeliverables(db: Db, code: string, limit: number) {
  return db
    .selectFrom('deliverables as d')
    .innerJoin('engagements as e', 'e.id', 'd.engagement_id')
    .where('e.code', '=', code)
    .select([
      'd.code',
      'd.title',
      'd.kind',
      'd.requested_date as requestedDate',
      'd.due_date as dueDate',
      'd.delivered_date as deliveredDate',
      'd.status',
      'd.quality',
      'd.revisions',
      'd.actioned',
      'd.estimated_value as estimatedValue',
    ])
    .orderBy('d.due_date', 'desc')
    .orderBy('d.code')
    .limit(limit)
    .execute();
}
