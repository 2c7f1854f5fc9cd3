import type { EngagementFilter, Period, PeriodStatus, SlaStatus } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { byBytes } from './byte-order.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

/**
 * The small, pre-aggregated facts the portfolio report and the dashboard series are computed from.
 * Everything is grouped in SQL by engagement and month; the rules run in the domain package on these rows.
 * Amounts are exact decimal strings in the engagement's own currency.
 */

/** The engagements a filter selects, with their contract terms and how many SLAs they have. */
export function loadEngagementTerms(db: Db, filter: EngagementFilter) {
  return (
    db
      .selectFrom('engagements as e')
      .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
      .where('e.id', 'in', filteredEngagementIds(db, filter))
      .select((eb) => [
        'e.id',
        'e.code',
        'e.name',
        'e.type',
        'v.name as vendor',
        'e.service_line as serviceLine',
        'e.location',
        'e.business_unit as businessUnit',
        'e.currency',
        'e.start_date as startDate',
        'e.end_date as endDate',
        'e.status',
        'e.annual_budget as annualBudget',
        'e.at_risk_pct as atRiskPct',
        'e.earn_back_months as earnBackMonths',
        'e.baseline_monthly_cost as baselineMonthlyCost',
        'e.planned_monthly_savings as plannedMonthlySavings',
        eb
          .selectFrom('slas as s')
          .whereRef('s.engagement_id', '=', 'e.id')
          .where('s.archived_at', 'is', null)
          .select(eb.fn.countAll<number>().as('n'))
          .as('slaCount'),
      ])
      .$narrowType<{ slaCount: number }>()
      // The report lists engagements by code, the same on PGlite and PostgreSQL.
      .orderBy(byBytes('e.code'))
      .execute()
  );
}
export type EngagementTerms = Awaited<ReturnType<typeof loadEngagementTerms>>[number];

/**
 * Charges and measured SLA statuses per engagement and month, read from the sums the triggers keep
 * (`engagement_month_facts`, migration 0005) instead of a million measurements. Charges are all categories, and the
 * base + volume that service credits are based on; statuses count only months in which the engagement ran.
 */
export async function loadMonthFacts(
  db: Db,
  filter: EngagementFilter,
  from: Period,
  to: Period,
  terms: readonly Pick<EngagementTerms, 'id' | 'startDate' | 'endDate'>[],
) {
  const rows = await db
    .selectFrom('engagement_month_facts as f')
    .where('f.engagement_id', 'in', filteredEngagementIds(db, filter))
    .where('f.period', '>=', from)
    .where('f.period', '<=', to)
    .select([
      'f.engagement_id as engagementId',
      'f.period',
      'f.charge_lines as chargeLines',
      'f.charges as total',
      'f.credit_base as creditBase',
      'f.credit_base_notes as creditBaseNotes',
      'f.met',
      'f.missed',
      'f.breached',
    ])
    .execute();
  // The months each engagement ran: any day of the month between its start and end (periods compare as text).
  const runs = new Map(
    terms.map((t) => [t.id, { first: t.startDate.slice(0, 7), last: t.endDate?.slice(0, 7) ?? null }]),
  );
  const charges: MonthlyCharges[] = [];
  const slaCounts: SlaStatusCounts[] = [];
  for (const row of rows) {
    const { engagementId, period } = row;
    if (row.chargeLines > 0) {
      charges.push({
        engagementId,
        period,
        total: row.total,
        creditBase: row.creditBase,
        creditBaseNotes: row.creditBaseNotes,
      });
    }
    const run = runs.get(engagementId);
    const ran = run !== undefined && period >= run.first && (run.last === null || period <= run.last);
    if (ran && row.met + row.missed + row.breached > 0) {
      slaCounts.push({ engagementId, period, met: row.met, missed: row.missed, breached: row.breached });
    }
  }
  return { charges, slaCounts };
}

/** Charges per engagement and month: all categories, and the base + volume that service credits are based on. */
export function loadMonthlyCharges(db: Db, filter: EngagementFilter, from: Period, to: Period) {
  return db
    .selectFrom('engagement_month_facts as f')
    .where('f.engagement_id', 'in', filteredEngagementIds(db, filter))
    .where('f.period', '>=', from)
    .where('f.period', '<=', to)
    .where('f.charge_lines', '>', 0)
    .select([
      'f.engagement_id as engagementId',
      'f.period',
      'f.charges as total',
      'f.credit_base as creditBase',
    ])
    .execute();
}

export type MonthlyCharges = {
  engagementId: number;
  period: string;
  total: string;
  creditBase: string;
  creditBaseNotes?: string;
};
export type SlaStatusCounts = {
  engagementId: number;
  period: string;
  met: number;
  missed: number;
  breached: number;
};

/** Some months of an engagement, first and last included (the kept credits' upkeep recomputes these). */
export type EngagementMonths = { id: number; from: Period; to: Period };

/** The spans as a table `r (id, from_period, to_period)`, to join on or look in. */
export function engagementMonthsTable(spans: readonly EngagementMonths[]) {
  return sql`unnest(${spans.map((span) => span.id)}::int[], ${spans.map((span) => span.from)}::text[],
    ${spans.map((span) => span.to)}::text[]) r(id, from_period, to_period)`;
}

/** A failed critical SLA-month as read: its later months as `period:status,…` text. */
type FailedRow = {
  engagementId: number;
  slaId: number;
  slaCode: string;
  slaName: string;
  allocationPct: string | null;
  period: Period;
  status: SlaStatus;
  actual: string;
  later: string;
};

/**
 * The statuses of the SLA's next measured months after the month of `m` (a measurement), as many as the earn-back
 * months of `e` (its engagement), as `period:status,…`.
 */
const LATER_STATUSES = sql<string>`coalesce((
  select string_agg(later.period || ':' || later.status, ',' order by later.period)
  from (
    select l.period, l.status from measurements l
    where l.sla_id = m.sla_id and l.period > m.period
    order by l.period
    limit e.earn_back_months
  ) later
), '')`;

/**
 * Every critical SLA that missed or breached (the credits that arose), of the engagements a filter selects in a range
 * of months, or in some months of some engagements, with the statuses of that SLA's next measured months, as many
 * as the engagement's earn-back months, wherever they fall.
 */
export async function loadFailedCriticalSlas(
  db: Db,
  which: { filter: EngagementFilter; from: Period; to: Period } | { spans: readonly EngagementMonths[] },
) {
  const rows = 'spans' in which ? await failedInSpans(db, which.spans) : await failedInRange(db, which);
  return rows.map(({ later, ...row }) => ({
    ...row,
    later: later === '' ? [] : later.split(',').map(parseLater),
  }));
}

function failedInRange(db: Db, { filter, from, to }: { filter: EngagementFilter; from: Period; to: Period }) {
  return db
    .selectFrom('measurements as m')
    .innerJoin('slas as s', 's.id', 'm.sla_id')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .where('s.kind', '=', 'critical')
    .where('s.archived_at', 'is', null)
    .where('m.status', '<>', 'met')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('m.period', '>=', from)
    .where('m.period', '<=', to)
    .select([
      'e.id as engagementId',
      's.id as slaId',
      's.code as slaCode',
      's.name as slaName',
      's.allocation_pct as allocationPct',
      'm.period',
      'm.status',
      'm.actual',
      LATER_STATUSES.as('later'),
    ])
    .orderBy('e.id')
    .orderBy('m.period')
    .orderBy('s.code')
    .execute();
}

/**
 * The failed critical SLA-months of each span, read span by span: its engagement's critical SLAs, then each SLA's
 * months within the span, both by index. The lateral subquery (kept apart by `offset 0`) holds PostgreSQL to that
 * order whatever its statistics say: inside an import's transaction they know nothing of the months just written,
 * and joined to the spans as a whole it read every failed month of the portfolio (200 ms for one engagement at
 * scale 100), or, given the months' bounds, every failed measurement of those months for each chunk of spans.
 */
async function failedInSpans(db: Db, spans: readonly EngagementMonths[]): Promise<FailedRow[]> {
  const { rows } = await sql<FailedRow>`
    select e.id as "engagementId", m.sla_id as "slaId", m.code as "slaCode", m.name as "slaName",
      m.allocation_pct as "allocationPct", m.period, m.status, m.actual, ${LATER_STATUSES} as later
    from ${engagementMonthsTable(spans)}
    join engagements e on e.id = r.id
    cross join lateral (
      select l.sla_id, s.code, s.name, s.allocation_pct, l.period, l.status, l.actual
      from slas s join measurements l on l.sla_id = s.id
      where s.engagement_id = r.id and s.kind = 'critical' and s.archived_at is null
        and l.period between r.from_period and r.to_period and l.status <> 'met'
      offset 0
    ) m
    order by e.id, m.period, m.code`.execute(db);
  return rows;
}
export type FailedCriticalSla = Awaited<ReturnType<typeof loadFailedCriticalSlas>>[number];

function parseLater(entry: string): PeriodStatus {
  const [period = '', status = ''] = entry.split(':');
  return { period, status: status as SlaStatus };
}

/** The KPO deliverables of the selected engagements delivered between two dates (both counted). */
function deliveredBetween(db: Db, filter: EngagementFilter, fromDate: string, toDate: string) {
  return db
    .selectFrom('deliverables as d')
    .innerJoin('engagements as e', 'e.id', 'd.engagement_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('e.type', '=', 'KPO')
    .where('d.delivered_date', '>=', fromDate)
    .where('d.delivered_date', '<=', toDate);
}

/** KPO deliverables delivered between two dates, aggregated per engagement and delivery month. */
export function loadDeliveries(db: Db, filter: EngagementFilter, fromDate: string, toDate: string) {
  return deliveredBetween(db, filter, fromDate, toDate)
    .groupBy(['e.id', sql`to_char(d.delivered_date, 'YYYY-MM')`])
    .select([
      'e.id as engagementId',
      sql<string>`to_char(d.delivered_date, 'YYYY-MM')`.as('period'),
      sql<number>`count(*)`.as('delivered'),
      sql<number>`count(*) filter (where d.delivered_date <= d.due_date)`.as('onTime'),
      sql<number>`coalesce(sum(d.quality), 0)`.as('qualitySum'),
      sql<number>`count(d.quality)`.as('qualityCount'),
      sql<number>`count(*) filter (where d.revisions > 0)`.as('rework'),
      sql<number>`count(*) filter (where d.actioned)`.as('actioned'),
      sql<string>`coalesce(sum(d.estimated_value) filter (where d.actioned), 0)`.as('valueRealized'),
    ])
    .execute();
}
export type Deliveries = Awaited<ReturnType<typeof loadDeliveries>>[number];

/** Cycle times (requested → delivered, whole days) of the same deliverables: a histogram per engagement and month. */
export function loadCycleDays(db: Db, filter: EngagementFilter, fromDate: string, toDate: string) {
  return deliveredBetween(db, filter, fromDate, toDate)
    .groupBy(['e.id', sql`to_char(d.delivered_date, 'YYYY-MM')`, sql`d.delivered_date - d.requested_date`])
    .select([
      'e.id as engagementId',
      sql<string>`to_char(d.delivered_date, 'YYYY-MM')`.as('period'),
      sql<number>`d.delivered_date - d.requested_date`.as('days'),
      sql<number>`count(*)`.as('count'),
    ])
    .execute();
}
export type CycleDays = Awaited<ReturnType<typeof loadCycleDays>>[number];

/** KPO deliverables due before the as-of date and not delivered by it (cancelled ones excepted), per engagement. */
export function loadOverdueCounts(db: Db, filter: EngagementFilter, asOfDate: string) {
  return db
    .selectFrom('deliverables as d')
    .innerJoin('engagements as e', 'e.id', 'd.engagement_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('e.type', '=', 'KPO')
    .where('d.status', '<>', 'cancelled')
    .where('d.due_date', '<', asOfDate)
    .where((eb) => eb.or([eb('d.delivered_date', 'is', null), eb('d.delivered_date', '>', asOfDate)]))
    .groupBy('e.id')
    .select(['e.id as engagementId', sql<number>`count(*)`.as('overdue')])
    .execute();
}

/** FX rates of every currency for the months of a range. */
/**
 * Every rate on record up to a month: a budget to the end of a fiscal year carries the last one forward, which may
 * be from before the year (a new year whose first rate is not entered yet) or after today.
 */
export function loadFxRatesThrough(db: Db, to: Period) {
  return db.selectFrom('fx_rates').where('period', '<=', to).select(['currency', 'period', 'rate']).execute();
}

export function loadFxRates(db: Db, from: Period, to: Period) {
  return db
    .selectFrom('fx_rates')
    .where('period', '>=', from)
    .where('period', '<=', to)
    .select(['currency', 'period', 'rate'])
    .execute();
}
