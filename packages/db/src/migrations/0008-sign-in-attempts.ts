import { type Kysely, sql } from 'kysely';

// Sign-in attempts counted exactly across API processes: an attempt is written (pending) before the password is
// checked and settled after, so attempts running at once in several processes all count against the limits.
// Trusted devices (OWASP's device cookies): a browser a user signed in from before is limited on its own, so
// nobody can lock a user out of their usual browser by guessing at their account from elsewhere.
// Repeated events (refusals, throttled attempts) are counted on one audit row per subject and hour (`repeat_key`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table trusted_devices (
      id bigint generated always as identity primary key,
      user_id integer not null references users (id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      last_used_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`
    create table sign_in_attempts (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      account text not null,
      address text,
      device_id bigint references trusted_devices (id) on delete cascade,
      outcome text not null default 'pending' check (outcome in ('pending', 'failed', 'succeeded'))
    )
  `.execute(db);
  await sql`create index sign_in_attempts_account_idx on sign_in_attempts (account, at)`.execute(db);
  await sql`create index sign_in_attempts_address_idx on sign_in_attempts (address, at)`.execute(db);
  await sql`create index sign_in_attempts_device_idx on sign_in_attempts (device_id, at)`.execute(db);
  await sql`alter table audit_events add column repeat_key text unique`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_events drop column repeat_key`.execute(db);
  await sql`drop table sign_in_attempts`.execute(db);
  await sql`drop table trusted_devices`.execute(db);
}
