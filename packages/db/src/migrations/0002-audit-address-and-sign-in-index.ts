import { type Kysely, sql } from 'kysely';

// Failed sign-ins are audit events; rate limiting counts the recent ones per account and per address,
// so the address gets a column and the counting an index. Shared by every API process through the database.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_events add column ip text`.execute(db);
  await sql`create index audit_events_action_at_idx on audit_events (action, at)`.execute(db);
  await sql`create index sessions_expires_idx on sessions (expires_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index sessions_expires_idx`.execute(db);
  await sql`drop index audit_events_action_at_idx`.execute(db);
  await sql`alter table audit_events drop column ip`.execute(db);
}
