import { type Kysely, sql } from 'kysely';

// The credits' upkeep by months (docs/kept-figures.md, "Who keeps them"). Until now a measurement or a charge
// listed its whole engagement in figures_dirty, and the upkeep computed every credit of that engagement again: a
// month's import for 11,000 engagements rewrote every credit of their history. A credit of month p reads the
// failed SLAs and the base of month p and the next months measured after p (its earn-back), never earlier ones, so
// a change to month q can only move the credits of q and of the months before q whose earn-back reaches q.
// - figures_dirty now says which months changed (from_period … to_period; null: the whole engagement, as a change
//   of an SLA's levels or of the engagement's terms still gives); the upkeep reaches back from from_period over the
//   earn-back window (kept-figures/keep-figures.ts).
// - engagement_credits loses its two foreign keys: the rows are derived and replaced by the upkeep, in the writing
//   transaction, for every engagement an SLA or engagement delete touches (the triggers list it), so the keys only
//   cost two lookups for every credit written (1.2 s of a 200,000-row import).

const EVENTS = ['insert', 'update', 'delete'] as const;
type Event = (typeof EVENTS)[number];

/** (engagement, period) of the rows a statement changed that a credit may read, per table and event. */
const CHANGED: Record<'measurements' | 'charges', Record<Event, string>> = {
  measurements: {
    insert: 'select s.engagement_id, n.period from new_rows n join slas s on s.id = n.sla_id',
    delete: 'select s.engagement_id, o.period from old_rows o join slas s on s.id = o.sla_id',
    // Only what a credit or its earn-back reads: a note or a source changes no credit.
    update: `select s.engagement_id, p.period
      from old_rows o join new_rows n on n.id = o.id
      cross join lateral (values (o.sla_id, o.period), (n.sla_id, n.period)) p(sla_id, period)
      join slas s on s.id = p.sla_id
      where o.status <> n.status or o.actual <> n.actual or o.period <> n.period or o.sla_id <> n.sla_id`,
  },
  charges: {
    insert: "select engagement_id, period from new_rows where category in ('base', 'volume')",
    delete: "select engagement_id, period from old_rows where category in ('base', 'volume')",
    update: `select p.engagement_id, p.period
      from old_rows o join new_rows n on n.id = o.id
      cross join lateral (values (o.engagement_id, o.period), (n.engagement_id, n.period)) p(engagement_id, period)
      where o.category in ('base', 'volume') or n.category in ('base', 'volume')`,
  },
};

/**
 * The trigger function of 0009 for the table and event, listing the engagements the statement changed: with the
 * first and last month it changed (`byMonths`), or whole as 0009 did (to undo this migration).
 */
function dirtyFunction(table: keyof typeof CHANGED, event: Event, byMonths: boolean): string {
  const changed = CHANGED[table][event];
  const insert = byMonths
    ? `insert into figures_dirty (engagement_id, from_period, to_period)
      select engagement_id, min(period), max(period) from (${changed}) d(engagement_id, period) group by engagement_id`
    : `insert into figures_dirty (engagement_id)
      select distinct engagement_id from (${changed}) d(engagement_id, period)`;
  return `create or replace function figures_dirty_${table}_${event}() returns trigger language plpgsql as $$
    begin
      ${insert};
      return null;
    end $$`;
}

const TABLES = Object.keys(CHANGED) as (keyof typeof CHANGED)[];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table figures_dirty add column from_period text, add column to_period text`.execute(db);
  for (const table of TABLES) {
    for (const event of EVENTS) await sql.raw(dirtyFunction(table, event, true)).execute(db);
  }
  await sql`alter table engagement_credits drop constraint engagement_credits_engagement_id_fkey`.execute(db);
  await sql`alter table engagement_credits drop constraint engagement_credits_sla_id_fkey`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from engagement_credits c where not exists (select from slas s where s.id = c.sla_id)`.execute(
    db,
  );
  await sql`alter table engagement_credits
    add constraint engagement_credits_sla_id_fkey foreign key (sla_id) references slas (id) on delete cascade,
    add constraint engagement_credits_engagement_id_fkey foreign key (engagement_id) references engagements (id)
      on delete cascade`.execute(db);
  for (const table of TABLES) {
    for (const event of EVENTS) await sql.raw(dirtyFunction(table, event, false)).execute(db);
  }
  await sql`alter table figures_dirty drop column from_period, drop column to_period`.execute(db);
}
