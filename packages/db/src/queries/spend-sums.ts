import {
  CHARGE_CATEGORIES,
  type ChargeCategory,
  type EngagementFilter,
  MissingFxRateError,
  type ReportScope,
} from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';
import { freshFigures } from './figure-sums.ts';

/**
 * Spend summed by the database from the kept month facts: by category (each engagement-month-category converted at
 * its month's rate, half-up to the cent) and by the currency it was billed in.
 */

/** The engagements summed, the range, and the currency the sums are in. */
export type SpendSelection = { filter: EngagementFilter; scope: ReportScope; currency: string };

/** Whether the range has a month to sum (one that started), once the kept figures are fresh. */
async function hasCountedMonths(db: Db, scope: ReportScope): Promise<boolean> {
  await freshFigures(db);
  return scope.months.length > 0;
}

function monthFacts(db: Db, filter: EngagementFilter, scope: ReportScope) {
  return sql`
    select f.*, e.currency from engagement_month_facts f join engagements e on e.id = f.engagement_id
    where f.engagement_id in (${filteredEngagementIds(db, filter)}) and f.charge_lines > 0
      and f.period between ${scope.months[0] ?? ''} and ${scope.months.at(-1) ?? ''}`;
}

function throwMissing(missing: string | null | undefined, currency: string): void {
  if (!missing) return;
  const [missingCurrency = '', period = ''] = missing.split(' ');
  throw new MissingFxRateError(missingCurrency, period, currency);
}

export async function loadSpendByCategory(db: Db, { filter, scope, currency }: SpendSelection) {
  if (!(await hasCountedMonths(db, scope))) return [];
  const columns = CHARGE_CATEGORIES.map(
    (category) =>
      sql`(${category}, round(f.${sql.raw(category)} * 100 * ${rate(currency)}), f.${sql.raw(category)})`,
  );
  const { rows } = await sql<{ category: ChargeCategory; cents: string; missing: string | null }>`
    select c.category, sum(c.cents) as cents,
      min(f.currency || ' ' || f.period) filter (where c.amount <> 0 and f.currency <> ${currency} and x.rate is null)
        as missing
    from (${monthFacts(db, filter, scope)}) f
    left join fx_rates x on x.currency = f.currency and x.period = f.period
    cross join lateral (values ${sql.join(columns)}) c(category, cents, amount)
    group by c.category`.execute(db);
  throwMissing(rows.find((row) => row.missing !== null)?.missing, currency);
  return rows.map((row) => ({ category: row.category, cents: Number(row.cents) }));
}

export async function loadSpendByCurrency(db: Db, { filter, scope, currency }: SpendSelection) {
  if (!(await hasCountedMonths(db, scope))) return [];
  const { rows } = await sql<{
    currency: string;
    original: string;
    reporting: string;
    engagements: string;
    missing: string | null;
  }>`
    select f.currency, sum(f.charges * 100) as original, sum(round(f.charges * 100 * ${rate(currency)})) as reporting,
      count(distinct f.engagement_id) as engagements,
      min(f.currency || ' ' || f.period) filter (where f.charges <> 0 and f.currency <> ${currency} and x.rate is null)
        as missing
    from (${monthFacts(db, filter, scope)}) f
    left join fx_rates x on x.currency = f.currency and x.period = f.period
    group by f.currency`.execute(db);
  throwMissing(rows.find((row) => row.missing !== null)?.missing, currency);
  return rows.map((row) => ({
    currency: row.currency,
    originalCents: Number(row.original),
    reportingCents: Number(row.reporting),
    engagements: Number(row.engagements),
  }));
}

/** The rate of the row's currency in its month: 1 for the reporting currency, else the rate on record. */
const rate = (currency: string) => sql`case when f.currency = ${currency} then 1::numeric else x.rate end`;

/**
 * The credit notes of the range (negative charge lines, every category) in the reporting currency: each
 * engagement-month's credit notes summed in its currency, then converted at its month's rate, half-up to the cent,
 * as its charges are; and how many engagement-months had one.
 */
export async function loadCreditNotes(db: Db, { filter, scope, currency }: SpendSelection) {
  if (!(await hasCountedMonths(db, scope))) return { cents: 0, months: 0 };
  const { rows } = await sql<{ cents: string | null; months: string; missing: string | null }>`
    select sum(round(f.credit_notes * 100 * ${rate(currency)})) as cents, count(*) as months,
      min(f.currency || ' ' || f.period) filter (where f.currency <> ${currency} and x.rate is null) as missing
    from (${monthFacts(db, filter, scope)}) f
    left join fx_rates x on x.currency = f.currency and x.period = f.period
    where f.credit_notes <> 0`.execute(db);
  throwMissing(rows[0]?.missing, currency);
  return { cents: Number(rows[0]?.cents ?? 0), months: Number(rows[0]?.months ?? 0) };
}
