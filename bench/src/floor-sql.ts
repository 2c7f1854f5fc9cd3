import type { Db } from '@portfolio/db';
import { reportScope } from '@portfolio/domain';
import { sql } from 'kysely';

/**
 * The SQL floor: one hand-written query that computes the report's money and SLA figures straight from the base
 * tables (engagements, slas, measurements, charges, fx_rates), rules and all — charges per month, SLA counts of the
 * months run, service credits with the cap, the largest-remainder split and earn-back, conversion month by month
 * with half-up rounding — grouped like the procedure it stands beside. It reads neither the pre-aggregated
 * `engagement_month_facts` nor any cache: it is what a database does with a good query and nothing kept ahead.
 * (The KPO insight figures are left out: they are not part of the money and SLA totals compared.)
 */
export type FloorGrouping = 'engagement' | 'total' | 'type' | 'vendor' | 'month';

export type FloorRow = {
  key: string;
  period: string | null;
  charges: string;
  owed: string;
  pending: string;
  earned_back: string;
  net_cost: string;
  baseline: string | null;
  met: number;
  missed: number;
  breached: number;
  unreported: number;
};

const groupings: Record<FloorGrouping, { key: string; perMonth: boolean }> = {
  engagement: { key: 'g.code', perMonth: false },
  total: { key: "'total'", perMonth: true },
  type: { key: 'g.type', perMonth: true },
  vendor: { key: 'g.vendor', perMonth: false },
  month: { key: "'total'", perMonth: true },
};

export async function floorQuery(
  db: Db,
  input: { from: string; to: string; today: string; currency: string; grouping: FloorGrouping },
): Promise<FloorRow[]> {
  const scope = reportScope(input.from, input.to, input.today);
  const first = scope.months[0];
  const last = scope.months.at(-1);
  if (!first || !last) return [];
  const { key, perMonth } = groupings[input.grouping];
  const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const query = `
    with months as (
      select to_char(d, 'YYYY-MM') as period
      from generate_series(${lit(`${first}-01`)}::date, ${lit(`${last}-01`)}::date, interval '1 month') d
    ),
    eng as (
      select e.id, e.code, e.type, v.name as vendor, e.currency, e.at_risk_pct, e.earn_back_months,
        to_char(e.start_date, 'YYYY-MM') as first_month, to_char(e.end_date, 'YYYY-MM') as last_month,
        case when e.type = 'BPO' then e.baseline_monthly_cost end as baseline,
        (select count(*) from slas s where s.engagement_id = e.id and s.archived_at is null) as sla_count
      from engagements e join vendors v on v.id = e.vendor_id
    ),
    rates as (
      select currency, period, rate from fx_rates where period between ${lit(first)} and ${lit(last)}
      union all
      select ${lit(input.currency)}, period, 1 from months
    ),
    charge_months as (
      select engagement_id, period, sum(amount) as total,
        coalesce(sum(amount) filter (where category in ('base', 'volume')), 0) as credit_base
      from charges where period between ${lit(first)} and ${lit(last)}
      group by engagement_id, period
    ),
    counts as (
      select s.engagement_id, m.period, count(*) filter (where m.status = 'met') as met,
        count(*) filter (where m.status = 'missed') as missed,
        count(*) filter (where m.status = 'breached') as breached
      from measurements m join slas s on s.id = m.sla_id
      where s.archived_at is null and m.period between ${lit(first)} and ${lit(last)}
      group by s.engagement_id, m.period
    ),
    failed as (
      select s.engagement_id, m.period, s.code, coalesce(s.allocation_pct, 0) as alloc, e.at_risk_pct,
        e.earn_back_months, e.last_month,
        array(select l.status from measurements l where l.sla_id = m.sla_id and l.period > m.period
              order by l.period limit e.earn_back_months) as later,
        greatest(coalesce(c.credit_base, 0), 0) * e.at_risk_pct / 100 as at_risk
      from measurements m
      join slas s on s.id = m.sla_id
      join eng e on e.id = s.engagement_id
      left join charge_months c on c.engagement_id = s.engagement_id and c.period = m.period
      where s.kind = 'critical' and s.archived_at is null and m.status <> 'met'
        and m.period between ${lit(first)} and ${lit(last)}
    ),
    shares as (
      select f.*, f.at_risk * f.alloc / greatest(sum(f.alloc) over w, 100) * 100 as share_cents
      from failed f window w as (partition by f.engagement_id, f.period)
    ),
    split as (
      select s.*, round(sum(s.share_cents) over w) as total_cents, floor(s.share_cents) as floor_cents,
        row_number() over (partition by s.engagement_id, s.period
          order by s.share_cents - floor(s.share_cents) desc, s.alloc desc, s.code) as rank
      from shares s window w as (partition by s.engagement_id, s.period)
    ),
    credits as (
      select engagement_id, period,
        floor_cents + case when rank <= total_cents - sum(floor_cents) over (partition by engagement_id, period)
          then 1 else 0 end as cents,
        case
          when earn_back_months = 0 then 'owed'
          when exists (select 1 from unnest(later) l where l <> 'met') then 'owed'
          when cardinality(later) = earn_back_months then 'earned_back'
          when last_month is not null and
            (extract(year from to_date(last_month, 'YYYY-MM')) * 12 + extract(month from to_date(last_month, 'YYYY-MM')))
            - (extract(year from to_date(period, 'YYYY-MM')) * 12 + extract(month from to_date(period, 'YYYY-MM')))
            < earn_back_months then 'owed'
          else 'pending'
        end as status
      from split
    ),
    credit_months as (
      select c.engagement_id, c.period,
        sum(round(c.cents * r.rate)) filter (where c.status = 'owed') as owed,
        sum(round(c.cents * r.rate)) filter (where c.status = 'pending') as pending,
        sum(round(c.cents * r.rate)) filter (where c.status = 'earned_back') as earned_back
      from credits c
      join eng e on e.id = c.engagement_id
      left join rates r on r.currency = e.currency and r.period = c.period
      group by c.engagement_id, c.period
    ),
    grid as (
      select e.*, mo.period,
        mo.period >= e.first_month and (e.last_month is null or mo.period <= e.last_month) as ran,
        round(coalesce(c.total, 0) * 100 * coalesce(r.rate, 0)) as charges,
        coalesce(cm.owed, 0) as owed,
        coalesce(cm.pending, 0) as pending,
        coalesce(cm.earned_back, 0) as earned_back,
        coalesce(n.met, 0) as met, coalesce(n.missed, 0) as missed, coalesce(n.breached, 0) as breached,
        r.rate
      from eng e cross join months mo
      left join rates r on r.currency = e.currency and r.period = mo.period
      left join charge_months c on c.engagement_id = e.id and c.period = mo.period
      left join credit_months cm on cm.engagement_id = e.id and cm.period = mo.period
      left join counts n on n.engagement_id = e.id and n.period = mo.period
        and mo.period >= e.first_month and (e.last_month is null or mo.period <= e.last_month)
    )
    select ${key} as key, ${perMonth ? 'g.period' : 'null'} as period,
      sum(g.charges) / 100 as charges, sum(g.owed) / 100 as owed, sum(g.pending) / 100 as pending,
      sum(g.earned_back) / 100 as earned_back, sum(g.charges - g.owed - g.pending) / 100 as net_cost,
      sum(case when g.ran then round(g.baseline * 100 * g.rate) else 0 end) / 100 as baseline,
      sum(g.met)::int as met, sum(g.missed)::int as missed, sum(g.breached)::int as breached,
      sum(case when g.ran then greatest(0, g.sla_count - g.met - g.missed - g.breached) else 0 end)::int
        as unreported
    from grid g
    group by 1, 2
    order by 2, 1`;
  const { rows } = await sql.raw<FloorRow>(query).execute(db);
  return rows;
}
