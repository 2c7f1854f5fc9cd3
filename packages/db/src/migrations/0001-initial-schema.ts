import { type Kysely, sql } from 'kysely';

// Frozen in time: a migration never imports app code, so the enum lists are spelled out here.
// The database enforces what it can (keys, enums, ranges); zod schemas in the domain give the friendly errors.

const PERIOD = `'^[0-9]{4}-(0[1-9]|1[0-2])$'`;
const CURRENCY = `'^[A-Z]{3}$'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const ddl = `
    create table settings (
      key text primary key,
      value jsonb not null,
      version integer not null default 1,
      updated_at timestamptz not null default now()
    );

    create table users (
      id integer generated always as identity primary key,
      email text not null,
      name text not null default '',
      role text not null check (role in ('admin', 'ops', 'finance', 'viewer')),
      password_hash text,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      last_sign_in_at timestamptz
    );
    create unique index users_email_key on users (lower(email));

    create table sessions (
      id text primary key,
      user_id integer not null references users (id) on delete cascade,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text
    );
    create index sessions_user_idx on sessions (user_id);

    create table api_tokens (
      id integer generated always as identity primary key,
      name text not null check (name <> ''),
      role text not null check (role in ('admin', 'ops', 'finance', 'viewer')),
      token_hash text not null unique,
      created_by integer references users (id),
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );

    create table audit_events (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      user_id integer references users (id),
      token_id integer references api_tokens (id),
      actor text not null,
      action text not null,
      entity text not null,
      entity_key text,
      before jsonb,
      after jsonb,
      detail jsonb
    );
    create index audit_events_entity_idx on audit_events (entity, entity_key, at);

    create table vendors (
      id integer generated always as identity primary key,
      name text not null unique check (btrim(name) <> ''),
      country text,
      certifications text,
      notes text,
      archived_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table engagements (
      id integer generated always as identity primary key,
      code text not null unique check (btrim(code) <> ''),
      name text not null check (btrim(name) <> ''),
      vendor_id integer not null references vendors (id),
      type text not null check (type in ('BPO', 'KPO')),
      service_line text not null,
      location text not null check (location in ('onshore', 'nearshore', 'offshore')),
      business_unit text,
      owner text,
      start_date date not null,
      end_date date check (end_date >= start_date),
      status text not null default 'active' check (status in ('planned', 'active', 'ended', 'archived')),
      pricing_model text check (pricing_model in ('fte', 'transaction', 'fixed_fee', 'outcome', 'time_and_materials')),
      currency text not null check (currency ~ ${CURRENCY}),
      annual_budget numeric(16, 2) check (annual_budget >= 0),
      at_risk_pct numeric(5, 2) not null default 0 check (at_risk_pct between 0 and 20),
      earn_back_months integer not null default 0 check (earn_back_months between 0 and 24),
      baseline_monthly_cost numeric(16, 2) check (baseline_monthly_cost >= 0),
      planned_monthly_savings numeric(16, 2),
      classification jsonb,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint engagements_service_line_check check (
        (type = 'BPO' and service_line in ('customer_support', 'data_entry', 'hr_payroll', 'finance_accounting',
          'it_help_desk', 'procurement', 'marketing_services'))
        or (type = 'KPO' and service_line in ('market_research', 'legal_process', 'financial_analysis',
          'healthcare', 'rnd_engineering', 'data_analytics'))
      )
    );
    create index engagements_vendor_idx on engagements (vendor_id);

    create table slas (
      id integer generated always as identity primary key,
      engagement_id integer not null references engagements (id),
      code text not null check (btrim(code) <> ''),
      name text not null check (btrim(name) <> ''),
      unit text not null check (unit in ('%', 'seconds', 'minutes', 'hours', 'days', 'count', 'score')),
      direction text not null check (direction in ('higher_is_better', 'lower_is_better')),
      expected numeric not null,
      minimum numeric,
      kind text not null check (kind in ('critical', 'key')),
      allocation_pct numeric(5, 2) check (allocation_pct between 0 and 100),
      archived_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (engagement_id, code),
      constraint slas_minimum_worse_check check (
        minimum is null
        or (direction = 'higher_is_better' and minimum <= expected)
        or (direction = 'lower_is_better' and minimum >= expected)
      ),
      constraint slas_allocation_check check (kind = 'critical' or allocation_pct is null)
    );

    -- status is the domain rule's verdict, stored at write time (and rewritten when the SLA's levels change)
    -- so that reports count statuses in SQL without loading measurements.
    create table measurements (
      id integer generated always as identity primary key,
      sla_id integer not null references slas (id),
      period text not null check (period ~ ${PERIOD}),
      actual numeric not null,
      numerator numeric,
      denominator numeric check (denominator > 0),
      source text,
      note text,
      status text not null check (status in ('met', 'missed', 'breached')),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (sla_id, period)
    );

    create table charges (
      id integer generated always as identity primary key,
      engagement_id integer not null references engagements (id),
      invoice text not null check (btrim(invoice) <> ''),
      period text not null check (period ~ ${PERIOD}),
      category text not null check (category in ('base', 'volume', 'one_off', 'pass_through')),
      amount numeric(16, 2) not null check (amount >= 0),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (engagement_id, invoice, period, category)
    );
    create index charges_engagement_period_idx on charges (engagement_id, period);

    create table deliverables (
      id integer generated always as identity primary key,
      engagement_id integer not null references engagements (id),
      code text not null check (btrim(code) <> ''),
      title text not null check (btrim(title) <> ''),
      kind text,
      requested_date date not null,
      due_date date not null check (due_date >= requested_date),
      delivered_date date check (delivered_date >= requested_date),
      status text not null default 'requested'
        check (status in ('requested', 'in_progress', 'delivered', 'cancelled')),
      quality smallint check (quality between 1 and 5),
      revisions integer not null default 0 check (revisions >= 0),
      actioned boolean not null default false,
      estimated_value numeric(16, 2) check (estimated_value >= 0),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (engagement_id, code)
    );
    create index deliverables_delivered_idx on deliverables (engagement_id, delivered_date);

    create table fx_rates (
      currency text not null check (currency ~ ${CURRENCY}),
      period text not null check (period ~ ${PERIOD}),
      rate numeric(20, 10) not null check (rate > 0),
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      primary key (currency, period)
    );
  `;
  // One statement at a time: PGlite's extended protocol takes a single statement per query.
  for (const statement of ddl.split(';').filter((s) => s.trim() !== '')) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop table fx_rates, deliverables, charges, measurements, slas, engagements, vendors,
       audit_events, api_tokens, sessions, users, settings`,
    )
    .execute(db);
}
