import { type Kysely, sql } from 'kysely';

// Checks an import can run into by name. Planned savings are an amount like the baseline beside them: the import
// and the forms refuse a negative one, and so does the database now, for rows written any other way. The checks
// that tie an optional date to another column get names that say which (PostgreSQL had called them
// engagements_check, deliverables_check and deliverables_check1), so a failed one can be told apart.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table engagements add constraint engagements_planned_monthly_savings_check
      check (planned_monthly_savings >= 0)
  `.execute(db);
  await sql`alter table engagements rename constraint engagements_check to engagements_end_date_check`.execute(
    db,
  );
  await sql`alter table deliverables rename constraint deliverables_check to deliverables_due_date_check`.execute(
    db,
  );
  await sql`
    alter table deliverables rename constraint deliverables_check1 to deliverables_delivered_date_check
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table deliverables rename constraint deliverables_delivered_date_check to deliverables_check1
  `.execute(db);
  await sql`alter table deliverables rename constraint deliverables_due_date_check to deliverables_check`.execute(
    db,
  );
  await sql`alter table engagements rename constraint engagements_end_date_check to engagements_check`.execute(
    db,
  );
  await sql`alter table engagements drop constraint engagements_planned_monthly_savings_check`.execute(db);
}
