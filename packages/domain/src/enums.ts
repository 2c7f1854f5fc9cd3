/**
 * The closed vocabularies of the domain. Each is a readonly tuple so that the database check constraints,
 * the zod schemas and `Record<…>` tables in the UI are all derived from one list.
 */
export const ENGAGEMENT_TYPES = ['BPO', 'KPO'] as const;
export type EngagementType = (typeof ENGAGEMENT_TYPES)[number];

export const BPO_SERVICE_LINES = [
  'customer_support',
  'data_entry',
  'hr_payroll',
  'finance_accounting',
  'it_help_desk',
  'procurement',
  'marketing_services',
] as const;
export const KPO_SERVICE_LINES = [
  'market_research',
  'legal_process',
  'financial_analysis',
  'healthcare',
  'rnd_engineering',
  'data_analytics',
] as const;
export const SERVICE_LINES = [...BPO_SERVICE_LINES, ...KPO_SERVICE_LINES] as const;
export type ServiceLine = (typeof SERVICE_LINES)[number];

export const SERVICE_LINE_LABELS: Record<ServiceLine, string> = {
  customer_support: 'Customer support',
  data_entry: 'Data entry & processing',
  hr_payroll: 'HR & payroll',
  finance_accounting: 'Finance & accounting',
  it_help_desk: 'IT help desk',
  procurement: 'Procurement & supply chain',
  marketing_services: 'Marketing services',
  market_research: 'Market research',
  legal_process: 'Legal process outsourcing',
  financial_analysis: 'Financial analysis',
  healthcare: 'Healthcare',
  rnd_engineering: 'R&D & engineering',
  data_analytics: 'Data analytics',
};

export const LOCATIONS = ['onshore', 'nearshore', 'offshore'] as const;
export type Location = (typeof LOCATIONS)[number];

export const ENGAGEMENT_STATUSES = ['planned', 'active', 'ended', 'archived'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

export const PRICING_MODELS = ['fte', 'transaction', 'fixed_fee', 'outcome', 'time_and_materials'] as const;
export type PricingModel = (typeof PRICING_MODELS)[number];

export const SLA_UNITS = ['%', 'seconds', 'minutes', 'hours', 'days', 'count', 'score'] as const;
export type SlaUnit = (typeof SLA_UNITS)[number];

export const SLA_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type SlaDirection = (typeof SLA_DIRECTIONS)[number];

export const SLA_KINDS = ['critical', 'key'] as const;
export type SlaKind = (typeof SLA_KINDS)[number];

export const CHARGE_CATEGORIES = ['base', 'volume', 'one_off', 'pass_through'] as const;
export type ChargeCategory = (typeof CHARGE_CATEGORIES)[number];

export const DELIVERABLE_STATUSES = ['requested', 'in_progress', 'delivered', 'cancelled'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

export const ROLES = ['admin', 'ops', 'finance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
