import {
  BPO_SERVICE_LINES,
  CHARGE_CATEGORIES,
  DELIVERABLE_STATUSES,
  ENGAGEMENT_STATUSES,
  ENGAGEMENT_TYPES,
  KPO_SERVICE_LINES,
  LOCATIONS,
  PRICING_MODELS,
  SERVICE_LINE_LABELS,
  SLA_DIRECTIONS,
  SLA_KINDS,
  SLA_UNITS,
} from '@portfolio/domain';
import { humanize } from '../../../lib/format.ts';

export type FieldType = 'text' | 'textarea' | 'select' | 'date' | 'month' | 'decimal' | 'integer' | 'boolean';

export type Option = { value: string; label: string };

/** One input of an entity form: the interchange column it edits, how it reads and what it takes. */
export interface FieldSpec {
  column: string;
  label: string;
  type: FieldType;
  required?: boolean;
  options?: readonly Option[];
  hint?: string;
  /** Spans the form's width. */
  wide?: boolean;
}

const options = (values: readonly string[], label: (value: string) => string = humanize): Option[] =>
  values.map((value) => ({ value, label: label(value) }));

const DIRECTION_LABELS: Record<string, string> = {
  higher_is_better: 'Higher is better (≥ target)',
  lower_is_better: 'Lower is better (≤ target)',
};

export const VENDOR_FIELDS: FieldSpec[] = [
  { column: 'name', label: 'Name', type: 'text', required: true },
  { column: 'country', label: 'Country', type: 'text' },
  { column: 'certifications', label: 'Certifications', type: 'text', hint: 'e.g. ISO 27001, SOC 2' },
  { column: 'notes', label: 'Risk notes', type: 'textarea', wide: true },
];

/** The service lines of a type (DESIGN.md's lists), or all of them before a type is chosen. */
export function serviceLineOptions(type: string): Option[] {
  const lines =
    type === 'BPO'
      ? BPO_SERVICE_LINES
      : type === 'KPO'
        ? KPO_SERVICE_LINES
        : [...BPO_SERVICE_LINES, ...KPO_SERVICE_LINES];
  return options(lines, (line) => SERVICE_LINE_LABELS[line as keyof typeof SERVICE_LINE_LABELS] ?? line);
}

/** The engagement's terms, credit terms and baseline; the service lines follow the chosen type. */
export function engagementFields(type: string, vendors: readonly string[]): FieldSpec[] {
  return [
    { column: 'code', label: 'Code', type: 'text', required: true, hint: 'Unique, e.g. ENG-031' },
    { column: 'name', label: 'Name', type: 'text', required: true },
    {
      column: 'vendor',
      label: 'Vendor',
      type: 'select',
      required: true,
      options: options(vendors, (v) => v),
    },
    {
      column: 'type',
      label: 'Type',
      type: 'select',
      required: true,
      options: options(ENGAGEMENT_TYPES, (t) => t),
      hint: 'BPO is judged by cost savings, KPO by insight delivery',
    },
    {
      column: 'service_line',
      label: 'Service line',
      type: 'select',
      required: true,
      options: serviceLineOptions(type),
    },
    { column: 'location', label: 'Location', type: 'select', required: true, options: options(LOCATIONS) },
    { column: 'business_unit', label: 'Business unit', type: 'text' },
    { column: 'owner', label: 'Owner', type: 'text' },
    { column: 'start_date', label: 'Start date', type: 'date', required: true },
    { column: 'end_date', label: 'End date', type: 'date', hint: 'Empty: open-ended' },
    {
      column: 'status',
      label: 'Status',
      type: 'select',
      options: options(ENGAGEMENT_STATUSES),
      hint: 'Empty: active',
    },
    { column: 'pricing_model', label: 'Pricing model', type: 'select', options: options(PRICING_MODELS) },
    {
      column: 'currency',
      label: 'Currency',
      type: 'text',
      required: true,
      hint: 'Charges are in it, e.g. EUR',
    },
    { column: 'annual_budget', label: 'Annual budget', type: 'decimal' },
    {
      column: 'at_risk_pct',
      label: 'At risk for credits (%)',
      type: 'decimal',
      hint: '0–20 % of a month’s base and volume charges',
    },
    { column: 'earn_back_months', label: 'Earn-back months', type: 'integer', hint: '0 = no earn-back' },
    {
      column: 'baseline_monthly_cost',
      label: 'Baseline cost / month',
      type: 'decimal',
      hint: 'What the work cost in-house (BPO)',
    },
    { column: 'planned_monthly_savings', label: 'Planned savings / month', type: 'decimal' },
  ];
}

export const SLA_FIELDS: FieldSpec[] = [
  { column: 'code', label: 'Code', type: 'text', required: true, hint: 'Unique in the engagement' },
  { column: 'name', label: 'Name', type: 'text', required: true },
  { column: 'unit', label: 'Unit', type: 'select', required: true, options: options(SLA_UNITS, (u) => u) },
  {
    column: 'direction',
    label: 'Direction',
    type: 'select',
    required: true,
    options: options(SLA_DIRECTIONS, (d) => DIRECTION_LABELS[d] ?? d),
  },
  { column: 'expected', label: 'Expected level (target)', type: 'decimal', required: true },
  {
    column: 'minimum',
    label: 'Minimum level',
    type: 'decimal',
    hint: 'Worse than the target; below it is a breach',
  },
  {
    column: 'kind',
    label: 'Kind',
    type: 'select',
    required: true,
    options: options(SLA_KINDS),
    hint: 'Only critical SLAs earn service credits',
  },
  {
    column: 'allocation_pct',
    label: 'Allocation (%)',
    type: 'decimal',
    hint: 'Critical only: share of the at-risk amount',
  },
];

export const CHARGE_FIELDS: FieldSpec[] = [
  { column: 'invoice', label: 'Invoice', type: 'text', required: true },
  { column: 'period', label: 'Month', type: 'month', required: true },
  {
    column: 'category',
    label: 'Category',
    type: 'select',
    required: true,
    options: options(CHARGE_CATEGORIES),
  },
  {
    column: 'amount',
    label: 'Amount',
    type: 'decimal',
    required: true,
    hint: 'In the engagement’s currency; negative for a credit note',
  },
];

export const DELIVERABLE_FIELDS: FieldSpec[] = [
  { column: 'code', label: 'Code', type: 'text', required: true },
  { column: 'title', label: 'Title', type: 'text', required: true, wide: true },
  { column: 'kind', label: 'Kind', type: 'text', hint: 'e.g. report, model' },
  { column: 'requested_date', label: 'Requested', type: 'date', required: true },
  { column: 'due_date', label: 'Due', type: 'date', required: true },
  { column: 'delivered_date', label: 'Delivered', type: 'date' },
  {
    column: 'status',
    label: 'Status',
    type: 'select',
    options: options(DELIVERABLE_STATUSES),
    hint: 'Empty: delivered once it has a delivered date',
  },
  { column: 'quality', label: 'Quality (1–5)', type: 'integer' },
  { column: 'revisions', label: 'Revisions', type: 'integer' },
  { column: 'actioned', label: 'Acted on', type: 'boolean' },
  {
    column: 'estimated_value',
    label: 'Estimated value',
    type: 'decimal',
    hint: 'In the engagement’s currency',
  },
];

export const FX_RATE_FIELDS: FieldSpec[] = [
  { column: 'currency', label: 'Currency', type: 'text', required: true, hint: 'e.g. EUR' },
  { column: 'period', label: 'Month', type: 'month', required: true },
  { column: 'rate', label: 'Rate', type: 'decimal', required: true, hint: 'Reporting currency per unit' },
];

/** A label for every column of every form, for conflict tables. */
export function labelOf(fields: readonly FieldSpec[], column: string): string {
  return fields.find((field) => field.column === column)?.label ?? humanize(column);
}
