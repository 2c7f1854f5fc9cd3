import { humanize } from '../../../lib/format.ts';

/** An audit event as the history shows it. */
export type HistoryEvent = {
  id: number;
  at: string | Date;
  actor: string;
  action: string;
  entity: string;
  entityKey: string | null;
  before?: unknown;
  after?: unknown;
  detail?: unknown;
};

export type FieldChange = { field: string; before: string; after: string };

export type HistoryRow = {
  id: number;
  at: string;
  actor: string;
  /** "SLA changed", "Measurement added", "Import". */
  what: string;
  /** Which row: "ENG-001/ASA/2025-03", or the imported file. */
  which: string;
  changes: FieldChange[];
  /** One line for events without field changes: an import's counts, a judged-again count. */
  summary: string | null;
};

const ENTITY_LABELS: Record<string, string> = {
  engagement: 'Engagement',
  sla: 'SLA',
  measurement: 'Measurement',
  charge: 'Charge',
  deliverable: 'Deliverable',
  vendor: 'Vendor',
  fx_rate: 'FX rate',
};

const VERBS: Record<string, string> = {
  create: 'added',
  update: 'changed',
  delete: 'deleted',
  archive: 'archived',
  restore: 'restored',
};

const FIELD_LABELS: Record<string, string> = {
  at_risk_pct: 'At risk %',
  allocation_pct: 'Allocation %',
  earn_back_months: 'Earn-back months',
  baseline_monthly_cost: 'Baseline / month',
  planned_monthly_savings: 'Planned savings / month',
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const text = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** The fields a change touched, before → after (a new row lists what it was given; the version is left out). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = record(before);
  const b = record(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => field !== 'version');
  return fields.flatMap((field) => {
    const was = text(a[field]);
    const now = text(b[field]);
    if (was === now) return [];
    if (before === null && now === '—') return [];
    return [{ field: FIELD_LABELS[field] ?? humanize(field), before: was, after: now }];
  });
}

function importSummary(detail: Record<string, unknown>): string {
  const count = (key: string) => Number(detail[key] ?? 0);
  const recomputed =
    count('statusesChanged') > 0 ? `, ${count('statusesChanged')} statuses judged again` : '';
  return `${count('rows')} rows: ${count('inserted')} added, ${count('updated')} changed, ${count('unchanged')} unchanged${recomputed}`;
}

/** An audit event in words: who did what to which row, and what changed. */
export function historyRow(event: HistoryEvent): HistoryRow {
  const at = typeof event.at === 'string' ? event.at : event.at.toISOString();
  const detail = record(event.detail);
  if (event.action === 'import') {
    return {
      id: event.id,
      at,
      actor: event.actor,
      what: 'Import',
      which: event.entityKey ?? '',
      changes: [],
      summary: importSummary(detail),
    };
  }
  const [entity = event.entity, verb = ''] = event.action.split('.');
  const judged =
    typeof detail.statusesChanged === 'number'
      ? `${detail.statusesChanged} measurement statuses judged again`
      : null;
  return {
    id: event.id,
    at,
    actor: event.actor,
    what: `${ENTITY_LABELS[entity] ?? humanize(entity)} ${VERBS[verb] ?? verb}`,
    which: event.entityKey ?? '',
    changes: fieldChanges(event.before ?? null, event.after ?? null),
    summary: judged,
  };
}
