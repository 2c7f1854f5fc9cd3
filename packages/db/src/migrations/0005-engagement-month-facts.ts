import { type Kysely, sql } from 'kysely';

// The report reads charges and SLA statuses per engagement and month. Summing a million measurements for every
// report took seconds, so the sums are kept in `engagement_month_facts`, maintained by triggers in the same
// transaction as every write to charges, measurements and SLAs (imports, data entry, the demo, psql alike).
// Statement-level triggers with transition tables: a bulk insert of 20,000 rows updates the sums once, grouped.
// Every trigger upserts its changes in (engagement_id, period) order, so concurrent writers lock rows in the same
// order and cannot deadlock on the sums.

// A trigger with transition tables handles one event, so each table gets a trigger (and function) per event.
const EVENTS = ['insert', 'update', 'delete'] as const;
type Event = (typeof EVENTS)[number];

function transitionTables(event: Event): string {
  if (event === 'insert') return 'new table as new_rows';
  if (event === 'delete') return 'old table as old_rows';
  return 'old table as old_rows new table as new_rows';
}

/** The rows a statement changed: the new ones counted in, the old ones counted out (an update does both). */
function changed(event: Event, select: (rows: string, sign: '' | '-') => string): string {
  const parts: string[] = [];
  if (event !== 'delete') parts.push(select('new_rows', ''));
  if (event !== 'insert') parts.push(select('old_rows', '-'));
  return parts.join(' union all ');
}

const statements = [
  `create table engagement_month_facts (
    engagement_id integer not null references engagements (id) on delete cascade,
    period text not null,
    charge_lines integer not null default 0,
    charges numeric not null default 0,
    credit_base numeric not null default 0,
    met integer not null default 0,
    missed integer not null default 0,
    breached integer not null default 0,
    primary key (engagement_id, period)
  )`,

  ...EVENTS.flatMap((event) => [
    // Measurements count towards their SLA's engagement while the SLA is not archived.
    `create function engagement_month_facts_measurements_${event}() returns trigger language plpgsql as $$
    begin
      insert into engagement_month_facts as f (engagement_id, period, met, missed, breached)
      select s.engagement_id, d.period, sum(d.met), sum(d.missed), sum(d.breached)
      from (${changed(
        event,
        (rows, sign) => `select ${rows}.sla_id, ${rows}.period, ${sign}(${rows}.status = 'met')::int as met,
          ${sign}(${rows}.status = 'missed')::int as missed, ${sign}(${rows}.status = 'breached')::int as breached
          from ${rows}`,
      )}) d
      join slas s on s.id = d.sla_id and s.archived_at is null
      group by s.engagement_id, d.period
      having sum(d.met) <> 0 or sum(d.missed) <> 0 or sum(d.breached) <> 0
      order by s.engagement_id, d.period
      on conflict (engagement_id, period) do update
        set met = f.met + excluded.met, missed = f.missed + excluded.missed, breached = f.breached + excluded.breached;
      return null;
    end $$`,
    `create trigger measurements_month_facts_${event} after ${event} on measurements
      referencing ${transitionTables(event)}
      for each statement execute function engagement_month_facts_measurements_${event}()`,

    `create function engagement_month_facts_charges_${event}() returns trigger language plpgsql as $$
    begin
      insert into engagement_month_facts as f (engagement_id, period, charge_lines, charges, credit_base)
      select d.engagement_id, d.period, sum(d.lines), sum(d.amount), sum(d.credit_base)
      from (${changed(
        event,
        (
          rows,
          sign,
        ) => `select ${rows}.engagement_id, ${rows}.period, ${sign}1 as lines, ${sign}${rows}.amount as amount,
          case when ${rows}.category in ('base', 'volume') then ${sign}${rows}.amount else 0 end as credit_base
          from ${rows}`,
      )}) d
      group by d.engagement_id, d.period
      having sum(d.lines) <> 0 or sum(d.amount) <> 0 or sum(d.credit_base) <> 0
      order by d.engagement_id, d.period
      on conflict (engagement_id, period) do update
        set charge_lines = f.charge_lines + excluded.charge_lines, charges = f.charges + excluded.charges,
          credit_base = f.credit_base + excluded.credit_base;
      return null;
    end $$`,
    `create trigger charges_month_facts_${event} after ${event} on charges
      referencing ${transitionTables(event)}
      for each statement execute function engagement_month_facts_charges_${event}()`,
  ]),

  // Archiving or restoring an SLA (or moving it to another engagement) moves its measurements' counts.
  `create function engagement_month_facts_slas() returns trigger language plpgsql as $$
  begin
    insert into engagement_month_facts as f (engagement_id, period, met, missed, breached)
    select d.engagement_id, m.period, sum(d.sign * (m.status = 'met')::int), sum(d.sign * (m.status = 'missed')::int),
      sum(d.sign * (m.status = 'breached')::int)
    from (
      select o.id, o.engagement_id, -1 as sign from old_rows o join new_rows n on n.id = o.id
      where o.archived_at is null and (n.archived_at is not null or n.engagement_id <> o.engagement_id)
      union all
      select n.id, n.engagement_id, 1 from old_rows o join new_rows n on n.id = o.id
      where n.archived_at is null and (o.archived_at is not null or n.engagement_id <> o.engagement_id)
    ) d
    join measurements m on m.sla_id = d.id
    group by d.engagement_id, m.period
    having sum(d.sign) <> 0
    order by d.engagement_id, m.period
    on conflict (engagement_id, period) do update
      set met = f.met + excluded.met, missed = f.missed + excluded.missed, breached = f.breached + excluded.breached;
    return null;
  end $$`,

  `create trigger slas_month_facts_update after update on slas
    referencing old table as old_rows new table as new_rows
    for each statement execute function engagement_month_facts_slas()`,

  // The sums of what is already on record.
  `insert into engagement_month_facts (engagement_id, period, charge_lines, charges, credit_base, met, missed, breached)
    select engagement_id, period, sum(lines), sum(amount), sum(credit_base), sum(met), sum(missed), sum(breached)
    from (
      select engagement_id, period, count(*) as lines, sum(amount) as amount,
        coalesce(sum(amount) filter (where category in ('base', 'volume')), 0) as credit_base,
        0 as met, 0 as missed, 0 as breached
      from charges group by engagement_id, period
      union all
      select s.engagement_id, m.period, 0, 0, 0, count(*) filter (where m.status = 'met'),
        count(*) filter (where m.status = 'missed'), count(*) filter (where m.status = 'breached')
      from measurements m join slas s on s.id = m.sla_id
      where s.archived_at is null
      group by s.engagement_id, m.period
    ) sums
    group by engagement_id, period`,

  // The credits that arose: failed measurements are few, and the report looks only at them and their SLA's later months.
  `create index measurements_failed_idx on measurements (period, sla_id) include (status, actual) where status <> 'met'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop index measurements_failed_idx').execute(db);
  for (const table of ['measurements', 'charges']) {
    for (const event of EVENTS) {
      await sql.raw(`drop trigger ${table}_month_facts_${event} on ${table}`).execute(db);
      await sql.raw(`drop function engagement_month_facts_${table}_${event}()`).execute(db);
    }
  }
  await sql.raw('drop trigger slas_month_facts_update on slas').execute(db);
  await sql.raw('drop function engagement_month_facts_slas()').execute(db);
  await sql.raw('drop table engagement_month_facts').execute(db);
}
