import {
  type EngagementFilter,
  emptyInsightSums,
  type GroupSums,
  MissingFxRateError,
  type ReportScope,
  type SeriesDimension,
} from '@portfolio/domain';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { hasDirtyFigures } from '../kept-figures/keep-figures.ts';
import { transact } from '../transact.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

/**
 * The figures of the report and every breakdown of it, added up by the database from the kept figures
 * (engagement_month_facts, engagement_credits) in one aggregate: no rule runs here, only sums and conversions.
 * Every amount is converted to the reporting currency at its month's rate and rounded half-up to the cent as the
 * report contract says: a month's charges summed, then converted; each credit converted on its own; the baseline
 * and planned savings of each month the engagement ran. A missing rate is an error naming currency and month.
 */

export type FigureGrouping = { by: SeriesDimension; perMonth: boolean };

/** The key of an engagement in a breakdown, the same as the domain's `seriesKeyOf`. */
const KEY: Record<SeriesDimension, RawBuilder<string>> = {
  total: sql`'total'`,
  type: sql`e.type`,
  engagement: sql`e.code`,
  vendor: sql`v.name`,
  serviceLine: sql`e.service_line`,
  location: sql`e.location`,
  businessUnit: sql`coalesce(e.business_unit, '(none)')`,
};

/** Figures computed by a writer outside the app (psql) are brought up to date before they are read. */
export async function freshFigures(db: Db): Promise<void> {
  if (await hasDirtyFigures(db)) await transact(db, async () => {});
}

type SumsRow = {
  key: string;
  period: string | null;
  charges: string;
  owed: string;
  pending: string;
  earned_back: string;
  net_cost: string;
  baseline: string | null;
  net_cost_with_baseline: string;
  planned: string | null;
  met: string;
  missed: string;
  breached: string;
  unreported: string;
  kpo_net_cost: string;
  missing_rate: string | null;
};

/** The engagements of a filter as the sums need them: key, currency, months they ran, what they count. */
function engagementsCte(db: Db, filter: EngagementFilter, by: SeriesDimension) {
  return sql`select e.id, ${KEY[by]} as key, e.type, e.currency,
      to_char(e.start_date, 'YYYY-MM') as first_month, to_char(e.end_date, 'YYYY-MM') as last_month,
      case when e.type = 'BPO' then e.baseline_monthly_cost end as baseline,
      e.planned_monthly_savings as planned,
      (select count(*) from slas s where s.engagement_id = e.id and s.archived_at is null) as sla_count
    from engagements e join vendors v on v.id = e.vendor_id
    where e.id in (${filteredEngagementIds(db, filter)})`;
}

/** The rate of an engagement's currency in a month: 1 for the reporting currency, else the rate on record. */
const RATE = (currency: string) => sql`case when e.currency = ${currency} then 1::numeric else x.rate end`;

export type FigureSelection = {
  filter: EngagementFilter;
  scope: ReportScope;
  currency: string;
  grouping: FigureGrouping;
};

/** The sums of each group of the selection: a point per key (and month), with its deliveries unless told not to. */
export async function loadGroupSums(
  db: Db,
  input: FigureSelection & { insight?: boolean },
): Promise<GroupSums[]> {
  await freshFigures(db);
  const { filter, scope, currency, grouping } = input;
  const first = scope.months[0];
  const last = scope.months.at(-1);
  if (first === undefined || last === undefined) return [];
  const ran = sql`(c.period >= e.first_month and (e.last_month is null or c.period <= e.last_month))`;
  const period = grouping.perMonth ? sql`period` : sql`null::text`;
  const { rows } = await sql<SumsRow>`
    with e as (${engagementsCte(db, filter, grouping.by)}),
    m as (select unnest(${scope.months}::text[]) as period),
    -- Every engagement in every counted month: a month it did not run may still have charges, and every group
    -- has a point for every month.
    c as (select e.id, m.period from e cross join m),
    -- Each credit converted on its own, then summed by engagement, month and status.
    credits as (
      select k.engagement_id, k.period,
        coalesce(sum(round(k.cents * ${RATE(currency)})) filter (where k.status = 'owed'), 0) as owed,
        coalesce(sum(round(k.cents * ${RATE(currency)})) filter (where k.status = 'pending'), 0) as pending,
        coalesce(sum(round(k.cents * ${RATE(currency)})) filter (where k.status = 'earned_back'), 0) as earned_back,
        bool_or(x.rate is null and e.currency <> ${currency} and k.cents <> 0) as unconverted
      from engagement_credits k join e on e.id = k.engagement_id
      left join fx_rates x on x.currency = e.currency and x.period = k.period
      where k.period between ${first} and ${last}
      group by k.engagement_id, k.period
    ),
    cells as (
      select e.key, c.period, e.type, ${ran} as ran, e.currency, ${RATE(currency)} as rate,
        e.baseline is not null as has_baseline, e.planned is not null as has_planned, e.sla_count,
        round(coalesce(f.charges, 0) * 100 * ${RATE(currency)}) as charges,
        coalesce(k.owed, 0) as owed, coalesce(k.pending, 0) as pending, coalesce(k.earned_back, 0) as earned_back,
        case when ${ran} then round(coalesce(e.baseline, 0) * 100 * ${RATE(currency)}) else 0 end as baseline,
        case when ${ran} then round(coalesce(e.planned, 0) * 100 * ${RATE(currency)}) else 0 end as planned,
        case when ${ran} then coalesce(f.met, 0) else 0 end as met,
        case when ${ran} then coalesce(f.missed, 0) else 0 end as missed,
        case when ${ran} then coalesce(f.breached, 0) else 0 end as breached,
        coalesce(k.unconverted, false)
          or (x.rate is null and e.currency <> ${currency} and (coalesce(f.charges, 0) <> 0
            or (${ran} and (coalesce(e.baseline, 0) <> 0 or coalesce(e.planned, 0) <> 0)))) as unconverted
      from c join e on e.id = c.id
      left join engagement_month_facts f on f.engagement_id = c.id and f.period = c.period
      left join credits k on k.engagement_id = c.id and k.period = c.period
      left join fx_rates x on x.currency = e.currency and x.period = c.period
    )
    select key, ${period} as period,
      sum(charges) as charges, sum(owed) as owed, sum(pending) as pending, sum(earned_back) as earned_back,
      sum(charges - owed - pending) as net_cost,
      sum(baseline) filter (where has_baseline) as baseline,
      coalesce(sum(charges - owed - pending) filter (where has_baseline), 0) as net_cost_with_baseline,
      sum(planned) filter (where has_planned) as planned,
      sum(met) as met, sum(missed) as missed, sum(breached) as breached,
      sum(case when ran then greatest(0, sla_count - met - missed - breached) else 0 end) as unreported,
      coalesce(sum(charges - owed - pending) filter (where type = 'KPO'), 0) as kpo_net_cost,
      min(currency || ' ' || period) filter (where unconverted) as missing_rate
    from cells
    group by key${grouping.perMonth ? sql`, period` : sql``}`.execute(db);
  const missing = rows.map((row) => row.missing_rate).find((value) => value !== null);
  if (missing) {
    const [missingCurrency = '', missingPeriod = ''] = missing.split(' ');
    throw new MissingFxRateError(missingCurrency, missingPeriod, currency);
  }
  const insight = input.insight === false ? new Map() : await loadInsightSums(db, input);
  const cents = (value: string | null) => (value === null ? null : Number(value));
  return rows.map((row) => ({
    key: row.key,
    period: row.period,
    sums: {
      charges: Number(row.charges),
      creditsOwed: Number(row.owed),
      creditsPending: Number(row.pending),
      creditsEarnedBack: Number(row.earned_back),
      netCost: Number(row.net_cost),
      baseline: cents(row.baseline),
      netCostWithBaseline: Number(row.net_cost_with_baseline),
      plannedSavings: cents(row.planned),
      sla: {
        met: Number(row.met),
        missed: Number(row.missed),
        breached: Number(row.breached),
        unreported: Number(row.unreported),
      },
    },
    kpoNetCostCents: Number(row.kpo_net_cost),
    insight: insight.get(groupKey(row.key, row.period)) ?? emptyInsightSums(),
  }));
}

export const groupKey = (key: string, period: string | null) => `${key}\u0000${period ?? ''}`;

/**
 * KPO deliveries of the range (delivered from the first day of `from` to the as-of date) summed by group, with
 * the cycle-time histogram for the median and, over the whole range, the deliverables overdue at the as-of date.
 * Groups with deliveries but no charges or measurements still have a point (the series shows them).
 */
export async function loadInsightSums(db: Db, input: FigureSelection) {
  const { filter, scope, currency, grouping } = input;
  const period = grouping.perMonth ? sql`d.period` : sql`null::text`;
  const groupBy = grouping.perMonth ? sql`, d.period` : sql``;
  const delivered = sql`
    select d.engagement_id, to_char(d.delivered_date, 'YYYY-MM') as period, d.delivered_date, d.due_date,
      d.requested_date, d.quality, d.revisions, d.actioned, d.estimated_value
    from deliverables d join e on e.id = d.engagement_id
    where e.type = 'KPO' and d.delivered_date between ${scope.fromDate} and ${scope.asOfDate}`;
  const [sums, cycles, overdue] = await Promise.all([
    sql<{
      key: string;
      period: string | null;
      delivered: string;
      on_time: string;
      quality_sum: string;
      quality_count: string;
      rework: string;
      actioned: string;
      value: string;
      missing_rate: string | null;
    }>`
      with e as (${engagementsCte(db, filter, grouping.by)}),
      d as (
        select engagement_id, period, count(*) as delivered, count(*) filter (where delivered_date <= due_date) as on_time,
          coalesce(sum(quality), 0) as quality_sum, count(quality) as quality_count,
          count(*) filter (where revisions > 0) as rework, count(*) filter (where actioned) as actioned,
          coalesce(sum(estimated_value) filter (where actioned), 0) as value
        from (${delivered}) dd group by engagement_id, period
      )
      select e.key, ${period} as period, sum(d.delivered) as delivered, sum(d.on_time) as on_time,
        sum(d.quality_sum) as quality_sum, sum(d.quality_count) as quality_count, sum(d.rework) as rework,
        sum(d.actioned) as actioned, sum(round(d.value * 100 * ${RATE(currency)})) as value,
        min(e.currency || ' ' || d.period) filter (where d.value <> 0 and e.currency <> ${currency} and x.rate is null)
          as missing_rate
      from d join e on e.id = d.engagement_id
      left join fx_rates x on x.currency = e.currency and x.period = d.period
      group by e.key${groupBy}`.execute(db),
    sql<{ key: string; period: string | null; days: number; count: string }>`
      with e as (${engagementsCte(db, filter, grouping.by)})
      select e.key, ${period} as period, d.delivered_date - d.requested_date as days, count(*) as count
      from (${delivered}) d join e on e.id = d.engagement_id
      group by e.key${groupBy}, d.delivered_date - d.requested_date`.execute(db),
    grouping.perMonth
      ? { rows: [] }
      : sql<{ key: string; overdue: string }>`
      with e as (${engagementsCte(db, filter, grouping.by)})
      select e.key, count(*) as overdue
      from deliverables d join e on e.id = d.engagement_id
      where e.type = 'KPO' and d.status <> 'cancelled' and d.due_date < ${scope.asOfDate}
        and (d.delivered_date is null or d.delivered_date > ${scope.asOfDate})
      group by e.key`.execute(db),
  ]);
  const missing = sums.rows.map((row) => row.missing_rate).find((value) => value !== null);
  if (missing) {
    const [missingCurrency = '', missingPeriod = ''] = missing.split(' ');
    throw new MissingFxRateError(missingCurrency, missingPeriod, currency);
  }
  const byGroup = new Map<string, ReturnType<typeof emptyInsightSums>>();
  const groupOf = (key: string, period: string | null) => {
    const id = groupKey(key, period);
    let found = byGroup.get(id);
    if (!found) {
      found = emptyInsightSums();
      byGroup.set(id, found);
    }
    return found;
  };
  for (const row of sums.rows) {
    Object.assign(groupOf(row.key, row.period), {
      delivered: Number(row.delivered),
      onTime: Number(row.on_time),
      qualitySum: Number(row.quality_sum),
      qualityCount: Number(row.quality_count),
      rework: Number(row.rework),
      actioned: Number(row.actioned),
      valueRealizedCents: Number(row.value),
    });
  }
  for (const row of cycles.rows) {
    groupOf(row.key, row.period).cycleDays.push({ days: Number(row.days), count: Number(row.count) });
  }
  for (const row of overdue.rows) groupOf(row.key, null).overdue = Number(row.overdue);
  return byGroup;
}

/**
 * The engagements the report lists (report contract): those that ran in a month of the range, or have charges in
 * its counted months, by code in byte order.
 */
export async function loadListedEngagements(db: Db, filter: EngagementFilter, scope: ReportScope) {
  const first = scope.months[0] ?? scope.from;
  const last = scope.months.at(-1) ?? scope.from;
  const { rows } = await sql<{
    id: number;
    code: string;
    type: 'BPO' | 'KPO';
    vendor: string;
    has_baseline: boolean;
  }>`
    select e.id, e.code, e.type, v.name as vendor, (e.type = 'BPO' and e.baseline_monthly_cost is not null) as has_baseline
    from engagements e join vendors v on v.id = e.vendor_id
    where e.id in (${filteredEngagementIds(db, filter)})
      and (
        (to_char(e.start_date, 'YYYY-MM') <= ${scope.to} and (e.end_date is null or to_char(e.end_date, 'YYYY-MM') >= ${scope.from}))
        or (${scope.months.length > 0} and exists (
          select 1 from engagement_month_facts f
          where f.engagement_id = e.id and f.charge_lines > 0 and f.period between ${first} and ${last}))
      )
    order by e.code collate "C"`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    type: row.type,
    vendor: row.vendor,
    hasBaseline: row.has_baseline,
  }));
}
