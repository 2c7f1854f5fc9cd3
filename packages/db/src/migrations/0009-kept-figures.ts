import { type Kysely, sql } from 'kysely';

// Kept figures (docs/kept-figures.md). The reports add up figures kept per engagement and month instead of running
// the rules over every engagement and month on each request:
// - engagement_month_facts (0005) also keeps charges by category, maintained by the same triggers;
// - engagement_credits keeps every service credit with its earn-back status, computed by the rules of
//   packages/domain (never in SQL) for the engagements a write touched, in the writing transaction;
// - figures_dirty lists those engagements: statement-level triggers on the tables the credits depend on add them,
//   whatever wrote (the app, an import, psql), and the upkeep (keep-figures.ts) recomputes and removes them.

const EVENTS = ['insert', 'update', 'delete'] as const;
type Event = (typeof EVENTS)[number];

function transitionTables(event: Event): string {
  if (event === 'insert') return 'new table as new_rows';
  if (event === 'delete') return 'old table as old_rows';
  return 'old table as old_rows new table as new_rows';
}

function changed(event: Event, select: (rows: string, sign: '' | '-') => string): string {
  const parts: string[] = [];
  if (event !== 'delete') parts.push(select('new_rows', ''));
  if (event !== 'insert') parts.push(select('old_rows', '-'));
  return parts.join(' union all ');
}

const CATEGORIES = ['base', 'volume', 'one_off', 'pass_through'] as const;

/** Which engagements' credits a statement on a table may have changed. */
const DIRTY: Record<'measurements' | 'charges' | 'slas' | 'engagements', Partial<Record<Event, string>>> = {
  measurements: {
    insert: 'select s.engagement_id from new_rows n join slas s on s.id = n.sla_id',
    delete: 'select s.engagement_id from old_rows o join slas s on s.id = o.sla_id',
    // Only what a credit or its earn-back reads: a note or a source changes no credit.
    update: `select s.engagement_id from old_rows o join new_rows n on n.id = o.id join slas s on s.id in (o.sla_id, n.sla_id)
      where o.status <> n.status or o.actual <> n.actual or o.period <> n.period or o.sla_id <> n.sla_id`,
  },
  charges: {
    insert: "select engagement_id from new_rows where category in ('base', 'volume')",
    delete: "select engagement_id from old_rows where category in ('base', 'volume')",
    update: `select o.engagement_id from old_rows o join new_rows n on n.id = o.id
      where o.category in ('base', 'volume') or n.category in ('base', 'volume')
      union all select n.engagement_id from old_rows o join new_rows n on n.id = o.id where n.engagement_id <> o.engagement_id`,
  },
  slas: {
    insert: 'select engagement_id from new_rows',
    delete: 'select engagement_id from old_rows',
    update: 'select engagement_id from old_rows union all select engagement_id from new_rows',
  },
  // A new engagement has no measurements yet, and a deleted one takes its credits with it.
  engagements: {
    update: `select n.id from old_rows o join new_rows n on n.id = o.id
      where o.at_risk_pct <> n.at_risk_pct or o.earn_back_months <> n.earn_back_months
        or o.end_date is distinct from n.end_date or o.currency <> n.currency`,
  },
};

const statements = [
  ...CATEGORIES.map(
    (category) => `alter table engagement_month_facts add column ${category} numeric not null default 0`,
  ),
  // The charges triggers of 0005, now with the categories.
  ...EVENTS.map(
    (event) => `create or replace function engagement_month_facts_charges_${event}() returns trigger
    language plpgsql as $$
    begin
      insert into engagement_month_facts as f (engagement_id, period, charge_lines, charges, credit_base,
        ${CATEGORIES.join(', ')})
      select d.engagement_id, d.period, sum(d.lines), sum(d.amount), sum(d.credit_base),
        ${CATEGORIES.map((c) => `sum(d.${c})`).join(', ')}
      from (${changed(
        event,
        (rows, sign) => `select ${rows}.engagement_id, ${rows}.period, ${sign}1 as lines,
          ${sign}${rows}.amount as amount,
          case when ${rows}.category in ('base', 'volume') then ${sign}${rows}.amount else 0 end as credit_base,
          ${CATEGORIES.map((c) => `case when ${rows}.category = '${c}' then ${sign}${rows}.amount else 0 end as ${c}`).join(', ')}
          from ${rows}`,
      )}) d
      group by d.engagement_id, d.period
      having sum(d.lines) <> 0 or sum(d.amount) <> 0 or sum(d.credit_base) <> 0
      order by d.engagement_id, d.period
      on conflict (engagement_id, period) do update
        set charge_lines = f.charge_lines + excluded.charge_lines, charges = f.charges + excluded.charges,
          credit_base = f.credit_base + excluded.credit_base,
          ${CATEGORIES.map((c) => `${c} = f.${c} + excluded.${c}`).join(', ')};
      return null;
    end $$`,
  ),
  `update engagement_month_facts f set ${CATEGORIES.map((c) => `${c} = s.${c}`).join(', ')}
    from (
      select engagement_id, period,
        ${CATEGORIES.map((c) => `coalesce(sum(amount) filter (where category = '${c}'), 0) as ${c}`).join(', ')}
      from charges group by engagement_id, period
    ) s
    where s.engagement_id = f.engagement_id and s.period = f.period`,

  `create table engagement_credits (
    sla_id integer not null references slas (id) on delete cascade,
    period text not null,
    engagement_id integer not null references engagements (id) on delete cascade,
    -- The credit in cents of the engagement's currency: the largest-remainder share of the month's capped total.
    cents bigint not null,
    status text not null check (status in ('owed', 'pending', 'earned_back')),
    reason text not null,
    -- The month whose measurement settled it (the first not met, or the last of the months met), when one did.
    decided_period text,
    -- What decided it, for the credit ledger's "why".
    sla_status text not null,
    actual numeric not null,
    credit_base_cents bigint not null,
    at_risk_pct numeric not null,
    at_risk_cents bigint not null,
    allocation_pct numeric not null,
    capped boolean not null,
    exact_share_cents double precision not null,
    earn_back_months integer not null,
    deciding jsonb not null,
    primary key (sla_id, period)
  )`,
  'create index engagement_credits_engagement_idx on engagement_credits (engagement_id, period)',
  'create index engagement_credits_period_idx on engagement_credits (period) include (engagement_id, cents, status)',

  'create table figures_dirty (engagement_id integer not null)',
  ...Object.entries(DIRTY).flatMap(([table, events]) =>
    EVENTS.filter((event) => events[event] !== undefined).flatMap((event) => [
      `create function figures_dirty_${table}_${event}() returns trigger language plpgsql as $$
      begin
        insert into figures_dirty (engagement_id) select distinct engagement_id from (${events[event]}) d(engagement_id);
        return null;
      end $$`,
      `create trigger ${table}_figures_dirty_${event} after ${event} on ${table}
        referencing ${transitionTables(event)}
        for each statement execute function figures_dirty_${table}_${event}()`,
    ]),
  ),
  // Every engagement's credits are computed once, by the upkeep, after this migration.
  'insert into figures_dirty (engagement_id) select id from engagements',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, events] of Object.entries(DIRTY)) {
    for (const event of EVENTS.filter((e) => events[e] !== undefined)) {
      await sql.raw(`drop trigger ${table}_figures_dirty_${event} on ${table}`).execute(db);
      await sql.raw(`drop function figures_dirty_${table}_${event}()`).execute(db);
    }
  }
  await sql.raw('drop table figures_dirty').execute(db);
  await sql.raw('drop table engagement_credits').execute(db);
  for (const category of CATEGORIES) {
    await sql.raw(`alter table engagement_month_facts drop column ${category}`).execute(db);
  }
}
