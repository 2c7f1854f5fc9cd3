import { type Kysely, sql } from 'kysely';

// Overdue deliverables (due before the as-of date, not delivered by it) are found from the few still open and the
// few delivered after the as-of date, not by reading every deliverable (300k at scale 100: 100 ms on the overview).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index deliverables_open_due_idx on deliverables (due_date) where delivered_date is null`.execute(
    db,
  );
  await sql`create index deliverables_delivered_date_idx on deliverables (delivered_date)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index deliverables_delivered_date_idx`.execute(db);
  await sql`drop index deliverables_open_due_idx`.execute(db);
}
