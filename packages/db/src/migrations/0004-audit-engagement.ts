import { type Kysely, sql } from 'kysely';

// An engagement's history is its own audit events and those of its SLAs, measurements, charges and deliverables:
// each such event names the engagement by id (codes can be renamed), and the history page reads them by it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_events add column engagement_id integer references engagements (id)`.execute(
    db,
  );
  await sql`create index audit_events_engagement_idx on audit_events (engagement_id, at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index audit_events_engagement_idx`.execute(db);
  await sql`alter table audit_events drop column engagement_id`.execute(db);
}
