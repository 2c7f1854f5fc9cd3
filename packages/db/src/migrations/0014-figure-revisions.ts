import { type Kysely, sql } from 'kysely';

// Figure revisions (docs/kept-figures.md, "After a write"). The API keeps each engagement's figures of a range in
// memory and, after a write, loads again only the engagements whose figures may have moved. Which ones that is
// must be known whatever wrote (the app, an import, psql) and in the writing transaction, so triggers on exactly
// the tables the figures are read from give each touched engagement a new revision:
// - engagement_month_facts (charges and SLA counts), engagement_credits (kept credits), slas (how many SLAs an
//   engagement has), deliverables (the insight figures), engagements (its terms, dates, type and currency): the
//   engagements their rows belong to;
// - fx_rates move every engagement in a currency: a change adds a row to figure_epoch_changes, whose count is the
//   epoch, and a new epoch makes readers load everything again. TRUNCATE of any of these tables does the same.
// Revisions come from one sequence, so a revision is never given twice, and rows are taken in engagement order, so
// two writers touching the same engagements lock their rows in the same order.

const EVENTS = ['insert', 'update', 'delete'] as const;
type Event = (typeof EVENTS)[number];

/** The tables the figures are read from, and the column naming each row's engagement. */
const TABLES = {
  engagement_month_facts: 'engagement_id',
  engagement_credits: 'engagement_id',
  slas: 'engagement_id',
  deliverables: 'engagement_id',
  engagements: 'id',
} as const;

function rowsOf(event: Event, column: string): string {
  if (event === 'insert') return `select ${column} from new_rows`;
  if (event === 'delete') return `select ${column} from old_rows`;
  return `select ${column} from old_rows union select ${column} from new_rows`;
}

function transitionTables(event: Event): string {
  if (event === 'insert') return 'new table as new_rows';
  if (event === 'delete') return 'old table as old_rows';
  return 'old table as old_rows new table as new_rows';
}

const statements = [
  'create sequence figure_revisions',
  `create table engagement_revisions (
    engagement_id integer primary key,
    revision bigint not null
  )`,
  'create table figure_epoch_changes (id bigint generated always as identity primary key)',
  `create function note_figure_epoch() returns trigger language plpgsql as $$
  begin
    insert into figure_epoch_changes default values;
    return null;
  end $$`,
  ...Object.entries(TABLES).flatMap(([table, column]) => [
    ...EVENTS.flatMap((event) => [
      `create function figure_revisions_${table}_${event}() returns trigger language plpgsql as $$
      begin
        insert into engagement_revisions as r (engagement_id, revision)
        select engagement_id, nextval('figure_revisions')
        from (select distinct d.engagement_id from (${rowsOf(event, column)}) d(engagement_id) order by 1) touched
        on conflict (engagement_id) do update set revision = excluded.revision;
        return null;
      end $$`,
      `create trigger ${table}_figure_revisions_${event} after ${event} on ${table}
        referencing ${transitionTables(event)}
        for each statement execute function figure_revisions_${table}_${event}()`,
    ]),
    `create trigger ${table}_figure_epoch after truncate on ${table}
      for each statement execute function note_figure_epoch()`,
  ]),
  `create trigger fx_rates_figure_epoch after insert or update or delete or truncate on fx_rates
    for each statement execute function note_figure_epoch()`,
  `insert into engagement_revisions (engagement_id, revision)
    select id, nextval('figure_revisions') from engagements order by id`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop trigger fx_rates_figure_epoch on fx_rates').execute(db);
  for (const table of Object.keys(TABLES)) {
    await sql.raw(`drop trigger ${table}_figure_epoch on ${table}`).execute(db);
    for (const event of EVENTS) {
      await sql.raw(`drop trigger ${table}_figure_revisions_${event} on ${table}`).execute(db);
      await sql.raw(`drop function figure_revisions_${table}_${event}()`).execute(db);
    }
  }
  await sql.raw('drop function note_figure_epoch()').execute(db);
  await sql.raw('drop table figure_epoch_changes').execute(db);
  await sql.raw('drop table engagement_revisions').execute(db);
  await sql.raw('drop sequence figure_revisions').execute(db);
}
