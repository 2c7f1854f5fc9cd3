import { type Kysely, sql } from 'kysely';

// Alert digests and chat messages (apps/api/src/notifications). A subscription per user says when and what; the
// outbox holds every message decided on, written in the transaction that decided it, and the senders of every API
// process claim its rows with FOR UPDATE SKIP LOCKED, so each goes once. Each attempt is kept with its outcome.
// Webhook URLs are secrets: stored encrypted (AES-256-GCM), with a hint to tell them apart.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notification_subscriptions (
      user_id integer primary key references users (id),
      enabled boolean not null,
      cadence text not null check (cadence in ('daily', 'weekly')),
      weekday smallint not null check (weekday between 1 and 7),
      hour smallint not null check (hour between 0 and 23),
      kinds jsonb not null,
      severities jsonb not null,
      filter jsonb not null,
      send_when_empty boolean not null,
      next_due_at timestamptz,
      last_run_at timestamptz,
      last_run_outcome text check (last_run_outcome in ('queued', 'nothing_new')),
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      check (enabled = (next_due_at is not null))
    )
  `.execute(db);
  await sql`
    create index notification_subscriptions_due_idx on notification_subscriptions (next_due_at) where enabled
  `.execute(db);

  await sql`
    create table webhook_targets (
      id integer generated always as identity primary key,
      name text not null check (btrim(name) <> ''),
      format text not null check (format in ('slack', 'teams')),
      url_sealed text not null,
      url_hint text not null,
      kinds jsonb not null,
      filter jsonb not null,
      observed jsonb,
      created_by text not null,
      created_at timestamptz not null default now(),
      removed_at timestamptz
    )
  `.execute(db);
  await sql`
    create unique index webhook_targets_name_idx on webhook_targets (lower(name)) where removed_at is null
  `.execute(db);

  await sql`
    create table notification_outbox (
      id bigint generated always as identity primary key,
      channel text not null check (channel in ('email', 'webhook')),
      reason text not null check (reason in ('digest', 'on_request', 'critical', 'test')),
      user_id integer references users (id),
      target_id integer references webhook_targets (id),
      recipient text not null,
      subject text not null,
      body_text text not null,
      body_html text,
      payload jsonb,
      items jsonb not null,
      status text not null check (status in ('queued', 'sending', 'sent', 'failed', 'would_have_sent')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      lease_until timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      check ((channel = 'email') = (user_id is not null and body_html is not null)),
      check ((channel = 'webhook') = (target_id is not null and payload is not null))
    )
  `.execute(db);
  await sql`
    create index notification_outbox_waiting_idx on notification_outbox (next_attempt_at)
      where status in ('queued', 'sending')
  `.execute(db);
  await sql`create index notification_outbox_user_idx on notification_outbox (user_id, id)`.execute(db);
  await sql`create index notification_outbox_target_idx on notification_outbox (target_id, id)`.execute(db);

  await sql`
    create table notification_attempts (
      id bigint generated always as identity primary key,
      outbox_id bigint not null references notification_outbox (id),
      at timestamptz not null default now(),
      outcome text not null check (outcome in ('sent', 'failed', 'would_have_sent')),
      error text
    )
  `.execute(db);
  await sql`create index notification_attempts_outbox_idx on notification_attempts (outbox_id, id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table notification_attempts`.execute(db);
  await sql`drop table notification_outbox`.execute(db);
  await sql`drop table webhook_targets`.execute(db);
  await sql`drop table notification_subscriptions`.execute(db);
}
