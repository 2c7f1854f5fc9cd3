import { type Kysely, sql } from 'kysely';

// Saved views: a user's named bookmarks of a page with its filters (the path and the query string that holds them),
// kept per user. Names are unique per user; a user's views go with the user.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table saved_views (
      id integer generated always as identity primary key,
      user_id integer not null references users (id) on delete cascade,
      name text not null check (btrim(name) <> ''),
      path text not null check (left(path, 1) = '/'),
      search text not null default '',
      created_at timestamptz not null default now(),
      constraint saved_views_user_name_key unique (user_id, name)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table saved_views`.execute(db);
}
