import type { DeliveryCell, EngagementCells, FigureCell, ReportScope } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/**
 * Each engagement's figures in each month of a range, read from the kept figures (engagement_month_facts,
 * engagement_credits) and converted to the reporting currency by the database as the report contract rounds: a
 * month's charges summed, then converted; each credit converted on its own; the baseline and planned savings of each
 * month the engagement ran. No rule runs here, only sums and conversions. The API keeps them per range and groups
 * them (domain `groupCells`); after a write it loads again only the engagements whose revision moved (migration
 * 0014; the engagements and their revisions are read in figure-revisions.ts).
 */

/** A json column: parsed by node-postgres, text from a driver that leaves it alone. */
type Json<T> = T | string;
const parsed = <T>(value: Json<T> | null, empty: T): T =>
  value === null ? empty : typeof value === 'string' ? (JSON.parse(value) as T) : value;

const missingRate = (label: string | null) => {
  if (!label) return null;
  const [currency = '', period = ''] = label.split(' ');
  return { currency, period };
};

const NO_CELLS: EngagementCells = {
  type: 'KPO',
  hasBaseline: false,
  hasPlanned: false,
  charged: false,
  missingRate: null,
  cells: [],
  deliveries: [],
  overdue: 0,
  deliveryMissingRate: null,
};

const deliveriesOf = (delivered: EngagementDeliveries | undefined) => ({
  deliveries: delivered?.deliveries ?? [],
  overdue: delivered?.overdue ?? 0,
  deliveryMissingRate: delivered?.missingRate ?? null,
});

type CellsRow = {
  id: number;
  type: 'BPO' | 'KPO';
  has_baseline: boolean;
  has_planned: boolean;
  charged: boolean;
  cells: Json<CellValues[]>;
  missing_rate: string | null;
};

/** A cell's values in the order of the query's json_build_array (an array, not an object: the rows stay small). */
type CellValues = [
  period: string,
  charges: number,
  owed: number,
  pending: number,
  earnedBack: number,
  baseline: number,
  planned: number,
  met: number,
  missed: number,
  breached: number,
  unreported: number,
];

const figureCell = (values: CellValues): FigureCell => ({
  period: values[0],
  charges: values[1],
  owed: values[2],
  pending: values[3],
  earnedBack: values[4],
  baseline: values[5],
  planned: values[6],
  met: values[7],
  missed: values[8],
  breached: values[9],
  unreported: values[10],
});

/** The figure cells of the engagements (those still on record) over the scope's counted months. */
export async function loadEngagementCells(
  db: Db,
  input: { scope: ReportScope; currency: string; ids: readonly number[] },
): Promise<Map<number, EngagementCells>> {
  const { scope, currency, ids } = input;
  const first = scope.months[0];
  const last = scope.months.at(-1);
  const found = new Map<number, EngagementCells>();
  if (ids.length === 0) return found;
  const deliveries = await loadDeliveryCells(db, input);
  // A range without a counted month yet (it starts after today) has deliveries to count, but no figure cells.
  if (first === undefined || last === undefined) {
    for (const id of ids) found.set(id, { ...NO_CELLS, ...deliveriesOf(deliveries.get(id)) });
    return found;
  }
  const rate = sql`case when e.currency = ${currency} then 1::numeric else x.rate end`;
  const ran = sql`(c.period >= e.first_month and (e.last_month is null or c.period <= e.last_month))`;
  const { rows } = await sql<CellsRow>`
    with e as (
      select e.id, e.type, e.currency,
        to_char(e.start_date, 'YYYY-MM') as first_month, to_char(e.end_date, 'YYYY-MM') as last_month,
        case when e.type = 'BPO' then e.baseline_monthly_cost end as baseline,
        e.planned_monthly_savings as planned,
        (select count(*) from slas s where s.engagement_id = e.id and s.archived_at is null) as sla_count
      from engagements e where e.id = any(${[...ids]}::int[])
    ),
    c as (select e.id, m.period from e cross join unnest(${scope.months}::text[]) as m(period)),
    -- Each credit converted on its own, then summed by engagement, month and status.
    credits as (
      select k.engagement_id, k.period,
        coalesce(sum(round(k.cents * ${rate})) filter (where k.status = 'owed'), 0) as owed,
        coalesce(sum(round(k.cents * ${rate})) filter (where k.status = 'pending'), 0) as pending,
        coalesce(sum(round(k.cents * ${rate})) filter (where k.status = 'earned_back'), 0) as earned_back,
        bool_or(x.rate is null and e.currency <> ${currency} and k.cents <> 0) as unconverted
      from engagement_credits k join e on e.id = k.engagement_id
      left join fx_rates x on x.currency = e.currency and x.period = k.period
      where k.period between ${first} and ${last}
      group by k.engagement_id, k.period
    ),
    cells as (
      select e.id, c.period, e.type, e.currency, e.baseline is not null as has_baseline,
        e.planned is not null as has_planned, coalesce(f.charge_lines, 0) > 0 as charged,
        coalesce(round(coalesce(f.charges, 0) * 100 * ${rate}), 0) as charges,
        coalesce(k.owed, 0) as owed, coalesce(k.pending, 0) as pending, coalesce(k.earned_back, 0) as earned_back,
        case when ${ran} then coalesce(round(coalesce(e.baseline, 0) * 100 * ${rate}), 0) else 0 end as baseline,
        case when ${ran} then coalesce(round(coalesce(e.planned, 0) * 100 * ${rate}), 0) else 0 end as planned,
        case when ${ran} then coalesce(f.met, 0) else 0 end as met,
        case when ${ran} then coalesce(f.missed, 0) else 0 end as missed,
        case when ${ran} then coalesce(f.breached, 0) else 0 end as breached,
        case when ${ran} then greatest(0, e.sla_count - coalesce(f.met, 0) - coalesce(f.missed, 0) - coalesce(f.breached, 0))
          else 0 end as unreported,
        coalesce(k.unconverted, false)
          or (x.rate is null and e.currency <> ${currency} and (coalesce(f.charges, 0) <> 0
            or (${ran} and (coalesce(e.baseline, 0) <> 0 or coalesce(e.planned, 0) <> 0)))) as unconverted
      from c join e on e.id = c.id
      left join engagement_month_facts f on f.engagement_id = c.id and f.period = c.period
      left join credits k on k.engagement_id = c.id and k.period = c.period
      left join fx_rates x on x.currency = e.currency and x.period = c.period
    )
    select id, type, has_baseline, has_planned, bool_or(charged) as charged,
      coalesce(json_agg(json_build_array(period, charges, owed, pending, earned_back, baseline, planned,
          met, missed, breached, unreported) order by period)
        filter (where charges <> 0 or owed <> 0 or pending <> 0 or earned_back <> 0 or baseline <> 0
          or planned <> 0 or met <> 0 or missed <> 0 or breached <> 0 or unreported <> 0), '[]') as cells,
      min(currency || ' ' || period) filter (where unconverted) as missing_rate
    from cells
    group by id, type, has_baseline, has_planned`.execute(db);
  for (const row of rows) {
    const cells = parsed(row.cells, []);
    const delivered = deliveries.get(row.id);
    found.set(row.id, {
      type: row.type,
      hasBaseline: row.has_baseline,
      hasPlanned: row.has_planned,
      charged: row.charged,
      missingRate: missingRate(row.missing_rate),
      cells: cells.map(figureCell),
      ...deliveriesOf(delivered),
    });
  }
  return found;
}

type DeliveriesRow = {
  id: number;
  months: Json<[string, number, number, number, number, number, number, number][]> | null;
  cycles: Json<[string, number, number][]> | null;
  overdue: number;
  missing_rate: string | null;
};

type EngagementDeliveries = {
  deliveries: DeliveryCell[];
  overdue: number;
  missingRate: ReturnType<typeof missingRate>;
};

/**
 * The KPO engagements' deliveries per month delivered, from the first day of the range to its as-of date (the value
 * realized of each month converted at its rate), their cycle times, and the deliverables overdue at the as-of date.
 */
async function loadDeliveryCells(
  db: Db,
  input: { scope: ReportScope; currency: string; ids: readonly number[] },
): Promise<Map<number, EngagementDeliveries>> {
  const { scope, currency, ids } = input;
  const { rows } = await sql<DeliveriesRow>`
    with e as (select e.id, e.currency from engagements e where e.id = any(${[...ids]}::int[]) and e.type = 'KPO'),
    d as (
      select d.engagement_id, to_char(d.delivered_date, 'YYYY-MM') as period, d.delivered_date, d.due_date,
        d.delivered_date - d.requested_date as days, d.quality, d.revisions, d.actioned, d.estimated_value
      from deliverables d join e on e.id = d.engagement_id
      where d.delivered_date between ${scope.fromDate} and ${scope.asOfDate}
    ),
    months as (
      select engagement_id, period, count(*) as delivered, count(*) filter (where delivered_date <= due_date) as on_time,
        coalesce(sum(quality), 0) as quality_sum, count(quality) as quality_count,
        count(*) filter (where revisions > 0) as rework, count(*) filter (where actioned) as actioned,
        coalesce(sum(estimated_value) filter (where actioned), 0) as value
      from d group by engagement_id, period
    ),
    by_month as (
      select m.engagement_id,
        json_agg(json_build_array(m.period, m.delivered, m.on_time, m.quality_sum, m.quality_count, m.rework,
          m.actioned, round(m.value * 100 * case when e.currency = ${currency} then 1::numeric else x.rate end))
          order by m.period) as months,
        min(e.currency || ' ' || m.period) filter (where m.value <> 0 and e.currency <> ${currency} and x.rate is null)
          as missing_rate
      from months m join e on e.id = m.engagement_id
      left join fx_rates x on x.currency = e.currency and x.period = m.period
      group by m.engagement_id
    ),
    cycles as (
      select engagement_id, json_agg(json_build_array(period, days, count)) as cycles
      from (select engagement_id, period, days, count(*) as count from d group by engagement_id, period, days) c
      group by engagement_id
    ),
    overdue as (
      select d.engagement_id, count(*) as overdue
      from deliverables d join e on e.id = d.engagement_id
      where d.status <> 'cancelled' and d.due_date < ${scope.asOfDate}
        and (d.delivered_date is null or d.delivered_date > ${scope.asOfDate})
      group by d.engagement_id
    )
    select e.id, b.months, c.cycles, coalesce(o.overdue, 0) as overdue, b.missing_rate
    from e left join by_month b on b.engagement_id = e.id left join cycles c on c.engagement_id = e.id
    left join overdue o on o.engagement_id = e.id`.execute(db);
  const found = new Map<number, EngagementDeliveries>();
  for (const row of rows) {
    const cycleDays = new Map<string, { days: number; count: number }[]>();
    for (const [period, days, count] of parsed(row.cycles, [])) {
      const buckets = cycleDays.get(period);
      if (buckets) buckets.push({ days, count });
      else cycleDays.set(period, [{ days, count }]);
    }
    found.set(row.id, {
      deliveries: parsed(row.months, []).map(
        ([period, delivered, onTime, qualitySum, qualityCount, rework, actioned, valueRealizedCents]) => ({
          period,
          delivered,
          onTime,
          qualitySum,
          qualityCount,
          rework,
          actioned,
          valueRealizedCents,
          cycleDays: cycleDays.get(period) ?? [],
        }),
      ),
      overdue: Number(row.overdue),
      missingRate: missingRate(row.missing_rate),
    });
  }
  return found;
}
