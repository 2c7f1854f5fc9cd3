import { type Kysely, sql } from 'kysely';

// Vendors in the figure revisions (docs/kept-figures.md, "After a write"). The API keeps, beside each engagement's
// figure cells, what selects and groups it (its code, type, vendor's name, service line…), read again only for the
// engagements whose revision moved, so a figure request after a write reads no list of every engagement. An
// engagement's own columns already move its revision (migration 0014); its vendor's name is in another table, so a
// change of a vendor moves the revisions of the vendor's engagements, and a TRUNCATE the epoch. A vendor with
// engagements cannot be deleted (their foreign key), and a new one has none yet.

const statements = [
  `create function figure_revisions_vendors_update() returns trigger language plpgsql as $$
  begin
    insert into engagement_revisions as r (engagement_id, revision)
    select id, nextval('figure_revisions')
    from (select e.id from engagements e
      where e.vendor_id in (select id from old_rows union select id from new_rows) order by e.id) touched
    on conflict (engagement_id) do update set revision = excluded.revision;
    return null;
  end $$`,
  `create trigger vendors_figure_revisions_update after update on vendors
    referencing old table as old_rows new table as new_rows
    for each statement execute function figure_revisions_vendors_update()`,
  `create trigger vendors_figure_epoch after truncate on vendors
    for each statement execute function note_figure_epoch()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop trigger vendors_figure_epoch on vendors').execute(db);
  await sql.raw('drop trigger vendors_figure_revisions_update on vendors').execute(db);
  await sql.raw('drop function figure_revisions_vendors_update()').execute(db);
}
