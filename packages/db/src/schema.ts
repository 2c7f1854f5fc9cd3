import type {
  ChargeCategory,
  DeliverableStatus,
  EngagementStatus,
  EngagementType,
  Location,
  PricingModel,
  Role,
  ServiceLine,
  SlaDirection,
  SlaKind,
  SlaStatus,
  SlaUnit,
} from '@portfolio/domain';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types, one interface per table and the `Database` that Kysely checks every query against. Kept in one file
 * (over 300 lines) on purpose: it mirrors the migrations, and one place to read the whole schema is worth more than
 * small files. Values are normalised by the drivers' type parsers (see create-db.ts) so both databases
 * agree: `numeric` arrives as a decimal string, `date` as 'YYYY-MM-DD', `bigint` counts as numbers.
 */
type Decimal = ColumnType<string, string | number, string | number>;
type NullableDecimal = ColumnType<string | null, string | number | null, string | number | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Version = ColumnType<number, number | undefined, number>;
type Json<T> = ColumnType<T, string, string>;

export interface SettingsTable {
  key: string;
  value: Json<unknown>;
  version: Version;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: ColumnType<string, string | undefined, string>;
  role: Role;
  password_hash: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  version: Version;
  created_at: Timestamp;
  last_sign_in_at: Date | null;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date | string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  role: Role;
  token_hash: string;
  created_by: number | null;
  created_at: Timestamp;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: Timestamp;
  user_id: number | null;
  token_id: number | null;
  actor: string;
  action: string;
  entity: string;
  entity_key: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  detail: Json<unknown> | null;
  ip: string | null;
  /** The engagement the event belongs to (its own, or its SLA's, measurement's, charge's or deliverable's). */
  engagement_id: number | null;
  /** Set on events counted rather than written each time (recordRepeatedAudit): one row per subject and hour. */
  repeat_key: string | null;
}

export interface TrustedDevicesTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  at: Timestamp;
  account: string;
  address: string | null;
  device_id: number | null;
  outcome: Generated<'pending' | 'failed' | 'succeeded'>;
}

export interface VendorsTable {
  id: Generated<number>;
  name: string;
  country: string | null;
  certifications: string | null;
  notes: string | null;
  archived_at: Date | null;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EngagementsTable {
  id: Generated<number>;
  code: string;
  name: string;
  vendor_id: number;
  type: EngagementType;
  service_line: ServiceLine;
  location: Location;
  business_unit: string | null;
  owner: string | null;
  start_date: string;
  end_date: string | null;
  status: ColumnType<EngagementStatus, EngagementStatus | undefined, EngagementStatus>;
  pricing_model: PricingModel | null;
  currency: string;
  annual_budget: NullableDecimal;
  at_risk_pct: ColumnType<string, string | number | undefined, string | number>;
  earn_back_months: ColumnType<number, number | undefined, number>;
  baseline_monthly_cost: NullableDecimal;
  planned_monthly_savings: NullableDecimal;
  classification: Json<unknown> | null;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SlasTable {
  id: Generated<number>;
  engagement_id: number;
  code: string;
  name: string;
  unit: SlaUnit;
  direction: SlaDirection;
  expected: Decimal;
  minimum: NullableDecimal;
  kind: SlaKind;
  allocation_pct: NullableDecimal;
  archived_at: Date | null;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeasurementsTable {
  id: Generated<number>;
  sla_id: number;
  period: string;
  actual: Decimal;
  numerator: NullableDecimal;
  denominator: NullableDecimal;
  source: string | null;
  note: string | null;
  status: SlaStatus;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ChargesTable {
  id: Generated<number>;
  engagement_id: number;
  invoice: string;
  period: string;
  category: ChargeCategory;
  amount: Decimal;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeliverablesTable {
  id: Generated<number>;
  engagement_id: number;
  code: string;
  title: string;
  kind: string | null;
  requested_date: string;
  due_date: string;
  delivered_date: string | null;
  status: ColumnType<DeliverableStatus, DeliverableStatus | undefined, DeliverableStatus>;
  quality: number | null;
  revisions: ColumnType<number, number | undefined, number>;
  actioned: ColumnType<boolean, boolean | undefined, boolean>;
  estimated_value: NullableDecimal;
  version: Version;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FxRatesTable {
  currency: string;
  period: string;
  rate: Decimal;
  version: Version;
  updated_at: Timestamp;
}

export interface AlertAcknowledgementsTable {
  id: Generated<number>;
  alert_key: string;
  magnitude: number;
  comment: string;
  user_id: number | null;
  token_id: number | null;
  actor: string;
  acknowledged_at: Timestamp;
}

/** A user's alert digest (migration 0010); `next_due_at` is null exactly when it is not enabled. */
export interface NotificationSubscriptionsTable {
  user_id: number;
  enabled: boolean;
  cadence: 'daily' | 'weekly';
  weekday: number;
  hour: number;
  kinds: Json<string[]>;
  severities: Json<string[]>;
  filter: Json<Record<string, unknown>>;
  send_when_empty: boolean;
  next_due_at: Date | null;
  last_run_at: Date | null;
  last_run_outcome: 'queued' | 'nothing_new' | null;
  version: Version;
  updated_at: Timestamp;
}

/** A chat channel's incoming webhook; its URL sealed with AES-256-GCM (apps/api/src/notifications/secret-box.ts). */
export interface WebhookTargetsTable {
  id: Generated<number>;
  name: string;
  format: 'slack' | 'teams';
  url_sealed: string;
  url_hint: string;
  kinds: Json<string[]>;
  filter: Json<Record<string, unknown>>;
  /** The critical alerts (key → magnitude) seen at the last look; null before the first. */
  observed: Json<Record<string, number>> | null;
  created_by: string;
  created_at: Timestamp;
  removed_at: Date | null;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'would_have_sent';
export type OutboxReason = 'digest' | 'on_request' | 'critical' | 'test';

/** A message decided on: an email digest or a chat message, with its delivery state. */
export interface NotificationOutboxTable {
  id: Generated<number>;
  channel: 'email' | 'webhook';
  reason: OutboxReason;
  user_id: number | null;
  target_id: number | null;
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  payload: Json<unknown> | null;
  items: Json<{ key: string; magnitude: number }[]>;
  status: OutboxStatus;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  lease_until: Date | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Date | null;
}

export interface NotificationAttemptsTable {
  id: Generated<number>;
  outbox_id: number;
  at: Timestamp;
  outcome: 'sent' | 'failed' | 'would_have_sent';
  error: string | null;
}

/**
 * Charges and measured SLA statuses summed per engagement and month, kept in step with `charges`, `measurements`
 * and `slas` by triggers (migration 0005) in the writing transaction; measurements of archived SLAs are not counted.
 * Read-only for the app.
 */
export interface EngagementMonthFactsTable {
  engagement_id: number;
  period: string;
  charge_lines: number;
  charges: string;
  credit_base: string;
  met: number;
  missed: number;
  breached: number;
  /** Charges by category (migration 0009): they add up to `charges`. */
  base: string;
  volume: string;
  one_off: string;
  pass_through: string;
  /** The month's credit notes (negative lines, migration 0013): of every category, and of base + volume. */
  credit_notes: string;
  credit_base_notes: string;
}

/** A service credit as the upkeep keeps it (kept-figures/keep-figures.ts), in the engagement's currency. */
export interface EngagementCreditsTable {
  sla_id: number;
  period: string;
  engagement_id: number;
  cents: number;
  status: 'owed' | 'pending' | 'earned_back';
  reason: string;
  decided_period: string | null;
  sla_status: string;
  actual: string;
  credit_base_cents: number;
  /** The credit notes in the month's base + volume (0 or less, migration 0013). */
  credit_notes_cents: number;
  at_risk_pct: string;
  at_risk_cents: number;
  allocation_pct: string;
  capped: boolean;
  exact_share_cents: number;
  earn_back_months: number;
  deciding: Json<unknown>;
}

/** The engagements whose kept credits a write has made stale, until the upkeep recomputes them. */
export interface FiguresDirtyTable {
  engagement_id: number;
  /** The first and last month a change touched; null: every month of the engagement (migration 0016). */
  from_period: string | null;
  to_period: string | null;
}

/** The revision of an engagement's figures, new with every change to what they are read from (migration 0014). */
export interface EngagementRevisionsTable {
  engagement_id: number;
  revision: number;
}

/** One row per change of FX rates (or TRUNCATE of a figures table): their count is the figures' epoch (0014). */
export interface FigureEpochChangesTable {
  id: Generated<number>;
}

/** A user's named bookmark of a page and its filters (migration 0012). */
export interface SavedViewsTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  path: string;
  search: Generated<string>;
  created_at: Timestamp;
}

export interface Database {
  settings: SettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  vendors: VendorsTable;
  engagements: EngagementsTable;
  slas: SlasTable;
  measurements: MeasurementsTable;
  charges: ChargesTable;
  deliverables: DeliverablesTable;
  fx_rates: FxRatesTable;
  engagement_month_facts: EngagementMonthFactsTable;
  alert_acknowledgements: AlertAcknowledgementsTable;
  trusted_devices: TrustedDevicesTable;
  sign_in_attempts: SignInAttemptsTable;
  engagement_credits: EngagementCreditsTable;
  figures_dirty: FiguresDirtyTable;
  engagement_revisions: EngagementRevisionsTable;
  figure_epoch_changes: FigureEpochChangesTable;
  notification_subscriptions: NotificationSubscriptionsTable;
  webhook_targets: WebhookTargetsTable;
  notification_outbox: NotificationOutboxTable;
  notification_attempts: NotificationAttemptsTable;
  saved_views: SavedViewsTable;
}

export type VendorRow = Selectable<VendorsTable>;
export type NewVendor = Insertable<VendorsTable>;
export type EngagementRow = Selectable<EngagementsTable>;
export type NewEngagement = Insertable<EngagementsTable>;
export type EngagementUpdate = Updateable<EngagementsTable>;
export type SlaRow = Selectable<SlasTable>;
export type NewSla = Insertable<SlasTable>;
export type MeasurementRow = Selectable<MeasurementsTable>;
export type NewMeasurement = Insertable<MeasurementsTable>;
export type ChargeRow = Selectable<ChargesTable>;
export type NewCharge = Insertable<ChargesTable>;
export type DeliverableRow = Selectable<DeliverablesTable>;
export type NewDeliverable = Insertable<DeliverablesTable>;
export type FxRateRow = Selectable<FxRatesTable>;
export type NewFxRate = Insertable<FxRatesTable>;
