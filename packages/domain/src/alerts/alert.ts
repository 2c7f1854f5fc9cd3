/** What an early warning is about; each kind is one rule in its own file of this folder. */
export const ALERT_KINDS = [
  'sla_at_risk',
  'chronic_miss',
  'missing_report',
  'renewal',
  'budget_overrun',
  'deliverable_due',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  sla_at_risk: 'SLAs at risk this month',
  chronic_miss: 'Chronic misses',
  missing_report: 'Missing SLA reports',
  renewal: 'Renewals',
  budget_overrun: 'Budget overruns',
  deliverable_due: 'Deliverables overdue or due this week',
};

/** The first part of an alert's key: `chronic:ENG-001/ASA`, `budget:vendor:Acme`. */
const KEY_PREFIX: Record<AlertKind, string> = {
  sla_at_risk: 'at-risk',
  chronic_miss: 'chronic',
  missing_report: 'missing',
  renewal: 'renewal',
  budget_overrun: 'budget',
  deliverable_due: 'deliverable',
};

/** Most urgent first. */
export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/**
 * Who may acknowledge an alert of a kind: operations (SLAs, renewals, deliverables) or finance (budgets).
 * The API has one acknowledge procedure per area, each declaring that permission.
 */
export const ALERT_ACKNOWLEDGED_BY = {
  sla_at_risk: 'operations',
  chronic_miss: 'operations',
  missing_report: 'operations',
  renewal: 'operations',
  deliverable_due: 'operations',
  budget_overrun: 'finance',
} as const satisfies Record<AlertKind, 'operations' | 'finance'>;

/** What an alert is about; null where it does not apply (a vendor's budget has no engagement). */
export type AlertSubject = {
  engagement: string | null;
  engagementName: string | null;
  vendor: string | null;
  sla: string | null;
  deliverable: string | null;
};

/**
 * One early warning. Its `key` is stable (kind + subject) so it can be acknowledged; `magnitude` measures how bad
 * the condition is (larger is worse), so an acknowledged alert comes back when it grows past the acknowledged one.
 * `link` is a dashboard path with the filters that show the evidence.
 */
export type AlertBase = {
  key: string;
  kind: AlertKind;
  severity: AlertSeverity;
  title: string;
  detail: string;
  magnitude: number;
  subject: AlertSubject;
  link: string;
};

/** The key of an alert of `kind` about `subject` ('ENG-001/ASA', 'ENG-010', 'vendor:Acme'). */
export function alertKey(kind: AlertKind, subject: string): string {
  return `${KEY_PREFIX[kind]}:${subject}`;
}

export function emptySubject(): AlertSubject {
  return { engagement: null, engagementName: null, vendor: null, sla: null, deliverable: null };
}

/**
 * A dashboard path with its filters as the web app reads them from the URL: `range=custom&from=…&to=…` for months,
 * `range=fy` for this fiscal year, `vendor=…`. Path segments are encoded.
 */
export function dashboardLink(
  segments: readonly string[],
  params: Readonly<Record<string, string | undefined>> = {},
): string {
  const path = `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
  const search = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return search === '' ? path : `${path}?${search}`;
}

/** Magnitudes are compared, stored and shown: keep four decimals so the same facts always give the same number. */
export function roundMagnitude(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };
const KIND_RANK = Object.fromEntries(ALERT_KINDS.map((kind, index) => [kind, index])) as Record<
  AlertKind,
  number
>;

/** Most severe first, then by kind in the order of ALERT_KINDS, then the larger magnitude, then by key. */
export function compareAlerts(a: AlertBase, b: AlertBase): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    b.magnitude - a.magnitude ||
    a.key.localeCompare(b.key)
  );
}
