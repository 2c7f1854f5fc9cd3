import { type Kysely, sql } from 'kysely';

// The dashboard's answers are kept in memory per data version, so a busy overview is computed once per change
// instead of once per request. The version must move in the same transaction as the change, be seen by every API
// process at once, and never take a lock a writer could wait on (a single counter row, updated mid-transaction,
// deadlocked writers against the sums' row locks). So every statement that changes portfolio data inserts a row
// of weight 1 here, from a statement-level trigger: inserts never wait on one another, and the version, the sum
// of the weights, grows by at least one with every commit that changed data. Readers fold the rows into one now
// and then (delete them and insert their sum, in one statement), which keeps the table small and the sum unchanged.
const TABLES = [
  'vendors',
  'engagements',
  'slas',
  'measurements',
  'charges',
  'deliverables',
  'fx_rates',
  'settings',
  'alert_acknowledgements',
] as const;

const statements = [
  `create table data_changes (
    id bigint generated always as identity primary key,
    weight bigint not null default 1 check (weight > 0)
  )`,
  `create function note_data_change() returns trigger language plpgsql as $$
  begin
    insert into data_changes default values;
    return null;
  end $$`,
  ...TABLES.map(
    (table) => `create trigger ${table}_data_change after insert or update or delete or truncate on ${table}
      for each statement execute function note_data_change()`,
  ),
  'insert into data_changes default values',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await sql.raw(`drop trigger ${table}_data_change on ${table}`).execute(db);
  await sql.raw('drop function note_data_change()').execute(db);
  await sql.raw('drop table data_changes').execute(db);
}
