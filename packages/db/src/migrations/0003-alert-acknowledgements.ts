import { type Kysely, sql } from 'kysely';

// Acknowledged alerts: the alert's stable key, how bad it was when acknowledged (an alert whose magnitude grows past
// it shows again), why it can wait, and who said so. Every acknowledgement is kept; the latest per key counts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table alert_acknowledgements (
      id bigint generated always as identity primary key,
      alert_key text not null check (btrim(alert_key) <> ''),
      magnitude double precision not null,
      comment text not null check (btrim(comment) <> ''),
      user_id integer references users (id),
      token_id integer references api_tokens (id),
      actor text not null,
      acknowledged_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create index alert_acknowledgements_key_idx on alert_acknowledgements (alert_key, id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table alert_acknowledgements`.execute(db);
}
