import type { Location, PricingModel, ServiceLine, SlaDirection, SlaKind, SlaUnit } from '@portfolio/domain';

/**
 * The demo company: a US consumer-and-health group that outsources to twelve fictional vendors. Everything here is
 * invented but shaped like real outsourcing contracts (service lines, SLA levels, certifications, prices).
 */

export const REPORTING_CURRENCY = 'USD';

/** A currency's value in USD around the start of the demo window; the monthly FX rates drift around it. */
export const FX_BASE: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  INR: 0.012,
  PHP: 0.0175,
};

export type VendorQuality = 'strong' | 'typical' | 'weak';

export interface VendorProfile {
  name: string;
  /** Three letters on the vendor's invoices: INV-<prefix>-<yyyymm>-<n>. */
  prefix: string;
  country: string;
  /** Relative to the home country, the United States. */
  location: Location;
  /** Currencies the vendor invoices in; a repeated currency is drawn more often. */
  currencies: readonly string[];
  certifications: readonly string[];
  notes: string;
  /** How well the vendor tends to perform on SLAs and deliverables. */
  quality: VendorQuality;
  serviceLines: readonly ServiceLine[];
}

export const VENDORS: readonly VendorProfile[] = [
  {
    name: 'Meridian Infotech Services',
    prefix: 'MER',
    country: 'India',
    location: 'offshore',
    currencies: ['USD', 'USD', 'INR'],
    certifications: ['ISO 27001', 'SOC 2 Type II', 'ISO 9001', 'HIPAA'],
    notes:
      'Tier-1 IT and business-process provider with delivery centres in Bengaluru and Pune. Attrition around 18 %; mature governance, quarterly business reviews held on time.',
    quality: 'typical',
    serviceLines: ['it_help_desk', 'finance_accounting', 'healthcare', 'data_analytics'],
  },
  {
    name: 'Vaayu Knowledge Partners',
    prefix: 'VKP',
    country: 'India',
    location: 'offshore',
    currencies: ['USD', 'INR'],
    certifications: ['ISO 27001', 'ISO 9001', 'HIPAA'],
    notes:
      'Specialist knowledge-process firm in Gurugram with a deep analyst and paralegal bench. Key-person dependency on two research leads.',
    quality: 'typical',
    serviceLines: ['market_research', 'financial_analysis', 'legal_process', 'healthcare'],
  },
  {
    name: 'Tarang Business Solutions',
    prefix: 'TBS',
    country: 'India',
    location: 'offshore',
    currencies: ['INR'],
    certifications: ['ISO 9001'],
    notes:
      'Mid-size BPO in Hyderabad. Attrition above 35 % and two data-quality escalations in the last year; remediation plan agreed, ISO 27001 audit still pending.',
    quality: 'weak',
    serviceLines: ['data_entry', 'procurement', 'finance_accounting'],
  },
  {
    name: 'Bayanihan Contact Solutions',
    prefix: 'BCS',
    country: 'Philippines',
    location: 'offshore',
    currencies: ['PHP', 'USD'],
    certifications: ['COPC', 'PCI DSS', 'ISO 27001'],
    notes:
      'Contact-centre provider in Manila and Cebu; business continuity for typhoon season tested yearly across two sites.',
    quality: 'typical',
    serviceLines: ['customer_support', 'marketing_services', 'data_entry'],
  },
  {
    name: 'Luzon Shared Services',
    prefix: 'LSS',
    country: 'Philippines',
    location: 'offshore',
    currencies: ['PHP'],
    certifications: ['ISO 27001', 'SOC 1 Type II'],
    notes:
      'Shared-services provider in Clark with a single delivery site (no failover). Repeated payroll accuracy issues; on a performance improvement plan.',
    quality: 'weak',
    serviceLines: ['hr_payroll', 'finance_accounting', 'data_entry'],
  },
  {
    name: 'Vistula Business Services',
    prefix: 'VBS',
    country: 'Poland',
    location: 'nearshore',
    currencies: ['EUR'],
    certifications: ['ISO 27001', 'SOC 1 Type II', 'ISO 9001'],
    notes:
      'Finance and HR shared-services centre in Kraków serving the European entities in 12 languages. Wage inflation is pushing renewal prices up.',
    quality: 'strong',
    serviceLines: ['finance_accounting', 'hr_payroll', 'procurement'],
  },
  {
    name: 'Wawel Engineering Group',
    prefix: 'WEG',
    country: 'Poland',
    location: 'nearshore',
    currencies: ['EUR'],
    certifications: ['ISO 27001', 'ISO 9001', 'TISAX'],
    notes:
      'Engineering services in Wrocław and Gdańsk: embedded, mechanical and data teams. IP assignment clauses reviewed by Legal.',
    quality: 'typical',
    serviceLines: ['rnd_engineering', 'data_analytics'],
  },
  {
    name: 'Monterrey Connect',
    prefix: 'MTC',
    country: 'Mexico',
    location: 'nearshore',
    currencies: ['USD'],
    certifications: ['COPC', 'PCI DSS', 'ISO 27001'],
    notes: 'Bilingual (English/Spanish) contact centre and IT support in Monterrey, in US time zones.',
    quality: 'typical',
    serviceLines: ['customer_support', 'it_help_desk'],
  },
  {
    name: 'Pura Vida Analytics',
    prefix: 'PVA',
    country: 'Costa Rica',
    location: 'nearshore',
    currencies: ['USD'],
    certifications: ['SOC 2 Type II', 'ISO 27001'],
    notes:
      'Analytics and finance boutique in San José; small, senior team. Capacity is tight in the fourth quarter.',
    quality: 'typical',
    serviceLines: ['data_analytics', 'financial_analysis', 'it_help_desk', 'marketing_services'],
  },
  {
    name: 'Thameside Research Partners',
    prefix: 'TRP',
    country: 'United Kingdom',
    location: 'offshore',
    currencies: ['GBP'],
    certifications: ['ISO 27001', 'ISO 20252', 'Cyber Essentials Plus'],
    notes: 'London market-research and investment-analysis house; premium rates, consistently high quality.',
    quality: 'strong',
    serviceLines: ['market_research', 'financial_analysis'],
  },
  {
    name: 'Harbor Point Legal Services',
    prefix: 'HPL',
    country: 'United States',
    location: 'onshore',
    currencies: ['USD'],
    certifications: ['SOC 2 Type II', 'ISO 27001'],
    notes: 'US-licensed attorneys in Charlotte for contract review and legal research; conflict checks per matter.',
    quality: 'strong',
    serviceLines: ['legal_process'],
  },
  {
    name: 'Great Lakes Business Services',
    prefix: 'GLB',
    country: 'United States',
    location: 'onshore',
    currencies: ['USD'],
    certifications: ['SOC 1 Type II', 'SOC 2 Type II', 'HIPAA'],
    notes:
      'Onshore BPO in Grand Rapids for regulated and premium-customer work; the highest unit cost in the portfolio.',
    quality: 'typical',
    serviceLines: ['hr_payroll', 'procurement', 'customer_support'],
  },
];

export const BUSINESS_UNITS = [
  'Customer Operations',
  'Operations',
  'Finance',
  'HR',
  'IT',
  'Procurement',
  'Legal',
  'Marketing',
  'Strategy',
  'R&D',
  'Health Services',
] as const;
export type BusinessUnit = (typeof BUSINESS_UNITS)[number];

/** The managers who own engagements, by business unit. */
export const OWNERS: Record<BusinessUnit, readonly string[]> = {
  'Customer Operations': ['Maria Chen', 'Kevin Osei'],
  Operations: ['Rachel Kim', 'Peter Novak'],
  Finance: ["James O'Connor", 'Hannah Weiss'],
  HR: ['Priya Raman', 'Lucas Moreau'],
  IT: ['David Kowalski', 'Grace Liu'],
  Procurement: ['Nina Petrova', 'Carlos Mendes'],
  Legal: ['Sofia Alvarez', 'Robert Hale'],
  Marketing: ['Emma Davies', 'Tom Becker'],
  Strategy: ['Aisha Johnson', 'Daniel Park'],
  'R&D': ['Laura Fischer', 'Michael Brooks'],
  'Health Services': ['Olivia Grant', 'Samuel Adeyemi'],
};

/** Regions added to the names of the extra engagements generated at scale > 1. */
export const REGIONS = [
  'North America',
  'EMEA',
  'APAC',
  'LATAM',
  'UK & Ireland',
  'DACH',
  'Nordics',
  'Benelux',
  'ANZ',
  'Canada',
] as const;

export interface SlaTemplate {
  code: string;
  name: string;
  unit: SlaUnit;
  direction: SlaDirection;
  expected: number;
  minimum: number | null;
  kind: SlaKind;
  /** One step of performance away from the expected level; when a minimum is set it lies one band away. */
  band: number;
  decimals: number;
  /** The values an actual can take: a % stays within 0–100, a score within 1–5. */
  range: readonly [number, number];
  /** Monthly volume (the denominator) of a % reported as numerator / denominator, e.g. calls offered. */
  volume?: readonly [number, number];
}

export interface DeliverableTemplate {
  /** `{quarter}` becomes 'Q3 2025', `{month}` 'Sep 2025', `{topic}` one of `topics`. */
  title: string;
  kind: string;
  /** Days from request to due date. */
  days: readonly [number, number];
  topics?: readonly string[];
}

export interface ServiceLineProfile {
  businessUnits: readonly BusinessUnit[];
  pricingModels: readonly PricingModel[];
  /** The range of an annual budget in USD, before conversion to the engagement's currency. */
  annualBudgetUsd: readonly [number, number];
  /** Names of the extra engagements generated at scale > 1. */
  names: readonly string[];
  slas: readonly SlaTemplate[];
  /** KPO only: what the vendor delivers, and what a deliverable is worth in USD when acted on. */
  deliverables: readonly DeliverableTemplate[];
  deliverableValueUsd: readonly [number, number];
}

const PCT = [0, 100] as const;
const SCORE = [1, 5] as const;
const NO_DELIVERABLES = { deliverables: [], deliverableValueUsd: [0, 0] } as const;

export const SERVICE_LINE_PROFILES: Record<ServiceLine, ServiceLineProfile> = {
  customer_support: {
    businessUnits: ['Customer Operations'],
    pricingModels: ['fte', 'transaction', 'transaction'],
    annualBudgetUsd: [1_200_000, 6_000_000],
    names: ['Consumer care (voice & chat)', 'Order and returns support', 'Technical product support', 'Premium member care'],
    slas: [
      { code: 'ASA', name: 'Average speed of answer', unit: 'seconds', direction: 'lower_is_better', expected: 30, minimum: 45, kind: 'critical', band: 15, decimals: 0, range: [3, 900] },
      { code: 'ABN', name: 'Call abandonment rate', unit: '%', direction: 'lower_is_better', expected: 5, minimum: 8, kind: 'critical', band: 3, decimals: 2, range: PCT, volume: [20_000, 90_000] },
      { code: 'FCR', name: 'First contact resolution', unit: '%', direction: 'higher_is_better', expected: 75, minimum: 70, kind: 'critical', band: 5, decimals: 2, range: PCT, volume: [20_000, 90_000] },
      { code: 'CSAT', name: 'Customer satisfaction (CSAT)', unit: 'score', direction: 'higher_is_better', expected: 4.3, minimum: null, kind: 'key', band: 0.2, decimals: 2, range: SCORE },
      { code: 'QAS', name: 'Quality assurance score', unit: '%', direction: 'higher_is_better', expected: 90, minimum: 85, kind: 'key', band: 5, decimals: 1, range: PCT },
      { code: 'AHT', name: 'Average handle time', unit: 'seconds', direction: 'lower_is_better', expected: 420, minimum: null, kind: 'key', band: 40, decimals: 0, range: [60, 1800] },
    ],
    ...NO_DELIVERABLES,
  },
  data_entry: {
    businessUnits: ['Operations', 'Customer Operations', 'Finance'],
    pricingModels: ['transaction'],
    annualBudgetUsd: [300_000, 1_200_000],
    names: ['Claims data capture', 'Order entry and validation', 'Document indexing and digitisation', 'Vendor master data maintenance'],
    slas: [
      { code: 'ACC', name: 'Data accuracy', unit: '%', direction: 'higher_is_better', expected: 99.5, minimum: 99, kind: 'critical', band: 0.5, decimals: 2, range: PCT, volume: [40_000, 250_000] },
      { code: 'TAT', name: 'Batch turnaround time', unit: 'hours', direction: 'lower_is_better', expected: 24, minimum: 48, kind: 'critical', band: 24, decimals: 1, range: [1, 240] },
      { code: 'OTP', name: 'Records processed within SLA', unit: '%', direction: 'higher_is_better', expected: 98, minimum: 95, kind: 'critical', band: 3, decimals: 2, range: PCT, volume: [40_000, 250_000] },
      { code: 'BKL', name: 'Month-end backlog', unit: 'count', direction: 'lower_is_better', expected: 500, minimum: null, kind: 'key', band: 250, decimals: 0, range: [0, 100_000] },
      { code: 'EXC', name: 'Exception rate', unit: '%', direction: 'lower_is_better', expected: 2, minimum: null, kind: 'key', band: 1, decimals: 2, range: PCT, volume: [40_000, 250_000] },
    ],
    ...NO_DELIVERABLES,
  },
  hr_payroll: {
    businessUnits: ['HR'],
    pricingModels: ['transaction', 'fixed_fee'],
    annualBudgetUsd: [400_000, 1_500_000],
    names: ['Payroll processing', 'HR administration and onboarding', 'Benefits administration', 'Employee HR help line'],
    slas: [
      { code: 'PAC', name: 'Payroll accuracy', unit: '%', direction: 'higher_is_better', expected: 99.8, minimum: 99.5, kind: 'critical', band: 0.3, decimals: 2, range: PCT, volume: [2_000, 15_000] },
      { code: 'OTP', name: 'Employees paid on time', unit: '%', direction: 'higher_is_better', expected: 99.9, minimum: 99.5, kind: 'critical', band: 0.4, decimals: 2, range: PCT, volume: [2_000, 15_000] },
      { code: 'HRQ', name: 'HR queries resolved within 2 days', unit: '%', direction: 'higher_is_better', expected: 95, minimum: 90, kind: 'key', band: 5, decimals: 1, range: PCT, volume: [800, 5_000] },
      { code: 'ONB', name: 'New hires onboarded before start date', unit: '%', direction: 'higher_is_better', expected: 98, minimum: null, kind: 'key', band: 3, decimals: 1, range: PCT, volume: [30, 400] },
      { code: 'BEN', name: 'Benefits enrolment processing time', unit: 'days', direction: 'lower_is_better', expected: 3, minimum: 5, kind: 'key', band: 2, decimals: 1, range: [0.5, 30] },
      { code: 'ESS', name: 'Employee satisfaction with HR service', unit: 'score', direction: 'higher_is_better', expected: 4, minimum: null, kind: 'key', band: 0.25, decimals: 2, range: SCORE },
    ],
    ...NO_DELIVERABLES,
  },
  finance_accounting: {
    businessUnits: ['Finance'],
    pricingModels: ['fte', 'transaction', 'fixed_fee'],
    annualBudgetUsd: [600_000, 3_000_000],
    names: ['Accounts payable', 'Order-to-cash and collections', 'General ledger and reconciliations', 'Travel and expense audit'],
    slas: [
      { code: 'APT', name: 'Invoices processed on time', unit: '%', direction: 'higher_is_better', expected: 98, minimum: 95, kind: 'critical', band: 3, decimals: 2, range: PCT, volume: [5_000, 40_000] },
      { code: 'PAY', name: 'Payment accuracy', unit: '%', direction: 'higher_is_better', expected: 99.9, minimum: 99.5, kind: 'critical', band: 0.4, decimals: 2, range: PCT, volume: [3_000, 30_000] },
      { code: 'CLS', name: 'Month-end close', unit: 'days', direction: 'lower_is_better', expected: 5, minimum: 7, kind: 'critical', band: 2, decimals: 0, range: [1, 20] },
      { code: 'REC', name: 'Reconciliations completed on time', unit: '%', direction: 'higher_is_better', expected: 100, minimum: 98, kind: 'key', band: 2, decimals: 2, range: PCT, volume: [150, 900] },
      { code: 'DSO', name: 'Days sales outstanding', unit: 'days', direction: 'lower_is_better', expected: 45, minimum: null, kind: 'key', band: 4, decimals: 1, range: [10, 120] },
      { code: 'DUP', name: 'Duplicate payment rate', unit: '%', direction: 'lower_is_better', expected: 0.05, minimum: 0.1, kind: 'key', band: 0.05, decimals: 3, range: PCT },
    ],
    ...NO_DELIVERABLES,
  },
  it_help_desk: {
    businessUnits: ['IT'],
    pricingModels: ['transaction', 'fte'],
    annualBudgetUsd: [800_000, 3_000_000],
    names: ['Global IT service desk (L1/L2)', 'After-hours IT support', 'Field and deskside support', 'Application support desk'],
    slas: [
      { code: 'P1R', name: 'P1 incident resolution time', unit: 'hours', direction: 'lower_is_better', expected: 4, minimum: 8, kind: 'critical', band: 4, decimals: 1, range: [0.5, 72] },
      { code: 'TRS', name: 'Tickets resolved within SLA', unit: '%', direction: 'higher_is_better', expected: 95, minimum: 90, kind: 'critical', band: 5, decimals: 2, range: PCT, volume: [3_000, 25_000] },
      { code: 'FCR', name: 'First contact resolution', unit: '%', direction: 'higher_is_better', expected: 70, minimum: 65, kind: 'critical', band: 5, decimals: 2, range: PCT, volume: [3_000, 25_000] },
      { code: 'ASA', name: 'Average speed of answer', unit: 'seconds', direction: 'lower_is_better', expected: 60, minimum: 90, kind: 'key', band: 30, decimals: 0, range: [3, 900] },
      { code: 'USAT', name: 'User satisfaction', unit: 'score', direction: 'higher_is_better', expected: 4.2, minimum: null, kind: 'key', band: 0.2, decimals: 2, range: SCORE },
      { code: 'ABN', name: 'Call abandonment rate', unit: '%', direction: 'lower_is_better', expected: 6, minimum: null, kind: 'key', band: 3, decimals: 2, range: PCT, volume: [2_000, 15_000] },
    ],
    ...NO_DELIVERABLES,
  },
  procurement: {
    businessUnits: ['Procurement', 'Operations'],
    pricingModels: ['transaction', 'fixed_fee'],
    annualBudgetUsd: [300_000, 1_200_000],
    names: ['Indirect procurement and PO processing', 'Supplier onboarding', 'Catalogue management', 'Tail-spend sourcing'],
    slas: [
      { code: 'POC', name: 'PO cycle time', unit: 'days', direction: 'lower_is_better', expected: 3, minimum: 5, kind: 'critical', band: 2, decimals: 1, range: [0.5, 30] },
      { code: 'POA', name: 'PO accuracy', unit: '%', direction: 'higher_is_better', expected: 99, minimum: 98, kind: 'critical', band: 1, decimals: 2, range: PCT, volume: [1_500, 12_000] },
      { code: 'MTC', name: 'Three-way match rate', unit: '%', direction: 'higher_is_better', expected: 92, minimum: 88, kind: 'key', band: 4, decimals: 2, range: PCT, volume: [1_500, 12_000] },
      { code: 'SUM', name: 'Spend under management', unit: '%', direction: 'higher_is_better', expected: 85, minimum: null, kind: 'key', band: 5, decimals: 1, range: PCT },
      { code: 'SOB', name: 'Supplier onboarding time', unit: 'days', direction: 'lower_is_better', expected: 10, minimum: 15, kind: 'key', band: 5, decimals: 1, range: [1, 60] },
      { code: 'CTU', name: 'Catalogue update turnaround', unit: 'hours', direction: 'lower_is_better', expected: 48, minimum: null, kind: 'key', band: 24, decimals: 0, range: [2, 400] },
    ],
    ...NO_DELIVERABLES,
  },
  marketing_services: {
    businessUnits: ['Marketing'],
    pricingModels: ['fixed_fee', 'time_and_materials'],
    annualBudgetUsd: [250_000, 1_000_000],
    names: ['Digital marketing operations', 'Campaign execution and lead management', 'Content production', 'Marketing automation support'],
    slas: [
      { code: 'CMP', name: 'Campaigns launched on schedule', unit: '%', direction: 'higher_is_better', expected: 95, minimum: 90, kind: 'critical', band: 5, decimals: 2, range: PCT, volume: [20, 120] },
      { code: 'CAT', name: 'Creative asset turnaround', unit: 'days', direction: 'lower_is_better', expected: 3, minimum: 5, kind: 'critical', band: 2, decimals: 1, range: [0.5, 30] },
      { code: 'ERR', name: 'Content error rate', unit: '%', direction: 'lower_is_better', expected: 1, minimum: 2, kind: 'key', band: 1, decimals: 2, range: PCT, volume: [400, 3_000] },
      { code: 'LQA', name: 'Lead qualification accuracy', unit: '%', direction: 'higher_is_better', expected: 92, minimum: null, kind: 'key', band: 4, decimals: 2, range: PCT, volume: [2_000, 20_000] },
      { code: 'RPT', name: 'Campaign reports on time', unit: '%', direction: 'higher_is_better', expected: 98, minimum: 95, kind: 'key', band: 3, decimals: 1, range: PCT },
    ],
    ...NO_DELIVERABLES,
  },
  market_research: {
    businessUnits: ['Marketing', 'Strategy'],
    pricingModels: ['fixed_fee', 'time_and_materials'],
    annualBudgetUsd: [200_000, 900_000],
    names: ['Competitive intelligence programme', 'Consumer and pricing research', 'Brand tracking', 'New-market entry research'],
    slas: [
      { code: 'ROT', name: 'Reports delivered on time', unit: '%', direction: 'higher_is_better', expected: 95, minimum: 85, kind: 'critical', band: 10, decimals: 1, range: PCT },
      { code: 'QLT', name: 'Report quality score', unit: 'score', direction: 'higher_is_better', expected: 4, minimum: 3.5, kind: 'critical', band: 0.5, decimals: 2, range: SCORE },
      { code: 'SMP', name: 'Survey sample completion', unit: '%', direction: 'higher_is_better', expected: 98, minimum: 95, kind: 'key', band: 3, decimals: 1, range: PCT },
      { code: 'ADH', name: 'Ad-hoc request turnaround', unit: 'days', direction: 'lower_is_better', expected: 5, minimum: null, kind: 'key', band: 2, decimals: 1, range: [0.5, 60] },
      { code: 'STK', name: 'Stakeholder satisfaction', unit: 'score', direction: 'higher_is_better', expected: 4.2, minimum: null, kind: 'key', band: 0.3, decimals: 2, range: SCORE },
    ],
    deliverables: [
      { title: 'Competitor pricing study {quarter}', kind: 'study', days: [15, 30] },
      { title: 'Brand health tracker {month}', kind: 'dashboard', days: [7, 12] },
      { title: 'Market sizing: {topic}', kind: 'analysis', days: [20, 35], topics: ['smart home', 'subscription tiers', 'LATAM expansion', 'SMB segment', 'private label', 'EV charging'] },
      { title: 'Concept test: {topic}', kind: 'study', days: [10, 21], topics: ['eco refill packs', 'loyalty app redesign', 'premium tier', 'bundled warranty'] },
      { title: 'Win/loss interview synthesis {quarter}', kind: 'report', days: [14, 28] },
    ],
    deliverableValueUsd: [10_000, 150_000],
  },
  legal_process: {
    businessUnits: ['Legal'],
    pricingModels: ['time_and_materials', 'fixed_fee', 'outcome'],
    annualBudgetUsd: [300_000, 1_500_000],
    names: ['Commercial contract review', 'Patent search and prior-art analysis', 'Legal research support', 'Contract lifecycle management'],
    slas: [
      { code: 'CRT', name: 'Contract review turnaround', unit: 'days', direction: 'lower_is_better', expected: 3, minimum: 5, kind: 'critical', band: 2, decimals: 1, range: [0.5, 30] },
      { code: 'QCP', name: 'Review accuracy (QC pass rate)', unit: '%', direction: 'higher_is_better', expected: 98, minimum: 95, kind: 'critical', band: 3, decimals: 2, range: PCT, volume: [80, 600] },
      { code: 'PST', name: 'Patent search turnaround', unit: 'days', direction: 'lower_is_better', expected: 10, minimum: 15, kind: 'key', band: 5, decimals: 1, range: [1, 60] },
      { code: 'MEM', name: 'Research memos on time', unit: '%', direction: 'higher_is_better', expected: 95, minimum: null, kind: 'key', band: 5, decimals: 1, range: PCT },
      { code: 'PRV', name: 'Privilege log accuracy', unit: '%', direction: 'higher_is_better', expected: 99, minimum: 97, kind: 'key', band: 2, decimals: 2, range: PCT },
    ],
    deliverables: [
      { title: 'Contract review: {topic} batch {month}', kind: 'review', days: [3, 10], topics: ['supplier MSA', 'NDA', 'SaaS subscription', 'distribution agreement', 'data processing addendum'] },
      { title: 'Prior-art search: {topic}', kind: 'search report', days: [10, 25], topics: ['wireless charging coil', 'battery thermal management', 'sensor fusion', 'biodegradable packaging', 'low-power display driver'] },
      { title: 'Legal research memo: {topic}', kind: 'memo', days: [5, 15], topics: ['EU AI Act obligations', 'CCPA opt-out rules', 'non-compete enforceability', 'e-signature validity in Brazil'] },
      { title: 'Contract obligations extract {quarter}', kind: 'dataset', days: [10, 20] },
      { title: 'Patent landscape: {topic}', kind: 'report', days: [20, 40], topics: ['smart thermostats', 'home water filtration', 'wearable glucose sensing'] },
    ],
    deliverableValueUsd: [5_000, 80_000],
  },
  financial_analysis: {
    businessUnits: ['Finance', 'Strategy'],
    pricingModels: ['fte', 'time_and_materials'],
    annualBudgetUsd: [300_000, 1_200_000],
    names: ['FP&A modelling and variance analysis', 'Equity and credit research support', 'M&A screening', 'Management reporting pack'],
    slas: [
      { code: 'NOT', name: 'Research notes on time', unit: '%', direction: 'higher_is_better', expected: 95, minimum: 90, kind: 'critical', band: 5, decimals: 1, range: PCT },
      { code: 'MER', name: 'Model error rate', unit: '%', direction: 'lower_is_better', expected: 1, minimum: 2, kind: 'critical', band: 1, decimals: 2, range: PCT, volume: [200, 1_500] },
      { code: 'AQS', name: 'Analyst quality score', unit: 'score', direction: 'higher_is_better', expected: 4.2, minimum: 3.8, kind: 'key', band: 0.4, decimals: 2, range: SCORE },
      { code: 'ADH', name: 'Ad-hoc analysis turnaround', unit: 'hours', direction: 'lower_is_better', expected: 48, minimum: null, kind: 'key', band: 24, decimals: 0, range: [2, 400] },
      { code: 'MPK', name: 'Management pack delivered (working day)', unit: 'days', direction: 'lower_is_better', expected: 4, minimum: 6, kind: 'key', band: 2, decimals: 0, range: [1, 20] },
    ],
    deliverables: [
      { title: 'Quarterly earnings model update {quarter}', kind: 'model', days: [7, 15] },
      { title: 'Peer benchmarking: {topic}', kind: 'analysis', days: [10, 20], topics: ['gross margin', 'working capital', 'opex ratios', 'capex intensity'] },
      { title: 'Credit memo: {topic}', kind: 'memo', days: [5, 12], topics: ['key distributor', 'packaging supplier', 'logistics partner', 'contract manufacturer'] },
      { title: 'Monthly variance analysis {month}', kind: 'analysis', days: [3, 8] },
      { title: 'M&A target screen: {topic}', kind: 'report', days: [15, 30], topics: ['pet care', 'B2B software', 'specialty chemicals', 'cold-chain logistics'] },
    ],
    deliverableValueUsd: [10_000, 200_000],
  },
  healthcare: {
    businessUnits: ['Health Services'],
    pricingModels: ['transaction', 'fte'],
    annualBudgetUsd: [400_000, 2_000_000],
    names: ['Medical coding and charge capture', 'Clinical data abstraction', 'Medical writing', 'Coding audit and DRG validation'],
    slas: [
      { code: 'CAC', name: 'Coding accuracy', unit: '%', direction: 'higher_is_better', expected: 95, minimum: 93, kind: 'critical', band: 2, decimals: 2, range: PCT, volume: [3_000, 30_000] },
      { code: 'CTT', name: 'Chart coding turnaround', unit: 'hours', direction: 'lower_is_better', expected: 48, minimum: 72, kind: 'critical', band: 24, decimals: 1, range: [2, 400] },
      { code: 'DNR', name: 'Coding-related denial rate', unit: '%', direction: 'lower_is_better', expected: 3, minimum: 5, kind: 'key', band: 2, decimals: 2, range: PCT, volume: [3_000, 30_000] },
      { code: 'QRY', name: 'Clinical query resolution', unit: 'days', direction: 'lower_is_better', expected: 5, minimum: null, kind: 'key', band: 2, decimals: 1, range: [0.5, 60] },
      { code: 'ABS', name: 'Abstraction accuracy', unit: '%', direction: 'higher_is_better', expected: 97, minimum: 95, kind: 'key', band: 2, decimals: 2, range: PCT, volume: [300, 3_000] },
    ],
    deliverables: [
      { title: 'Coding audit report {month}', kind: 'audit', days: [7, 14] },
      { title: 'Registry abstraction: {topic}', kind: 'dataset', days: [10, 25], topics: ['cardiology', 'oncology', 'orthopaedics', 'diabetes'] },
      { title: 'Medical writing: {topic}', kind: 'document', days: [10, 30], topics: ['clinical study report', 'patient information leaflet', 'safety narratives', 'investigator brochure update'] },
      { title: 'DRG validation review {quarter}', kind: 'review', days: [10, 20] },
    ],
    deliverableValueUsd: [5_000, 60_000],
  },
  rnd_engineering: {
    businessUnits: ['R&D'],
    pricingModels: ['time_and_materials', 'fte', 'fixed_fee'],
    annualBudgetUsd: [500_000, 3_000_000],
    names: ['Embedded firmware engineering pod', 'Mechanical design and simulation', 'Test automation and verification', 'Product sustaining engineering'],
    slas: [
      { code: 'MIL', name: 'Milestones delivered on time', unit: '%', direction: 'higher_is_better', expected: 90, minimum: 80, kind: 'critical', band: 10, decimals: 1, range: PCT },
      { code: 'DEF', name: 'Defect escape rate', unit: '%', direction: 'lower_is_better', expected: 2, minimum: 4, kind: 'critical', band: 2, decimals: 2, range: PCT },
      { code: 'DRQ', name: 'Design review quality score', unit: 'score', direction: 'higher_is_better', expected: 4, minimum: 3.5, kind: 'key', band: 0.5, decimals: 2, range: SCORE },
      { code: 'CRT', name: 'Change request turnaround', unit: 'days', direction: 'lower_is_better', expected: 10, minimum: null, kind: 'key', band: 4, decimals: 1, range: [1, 90] },
      { code: 'SPR', name: 'Sprint commitment met', unit: '%', direction: 'higher_is_better', expected: 85, minimum: null, kind: 'key', band: 8, decimals: 1, range: PCT },
    ],
    deliverables: [
      { title: 'Design review package: {topic}', kind: 'design package', days: [15, 35], topics: ['gen-3 thermostat enclosure', 'battery module bracket', 'sensor board rev C', 'pump impeller'] },
      { title: 'FEA simulation report: {topic}', kind: 'report', days: [10, 25], topics: ['drop test', 'thermal cycling', 'vibration profile', 'snap-fit fatigue'] },
      { title: 'Firmware milestone: {topic}', kind: 'software release', days: [20, 40], topics: ['BLE stack upgrade', 'bootloader hardening', 'OTA update flow', 'low-power mode'] },
      { title: 'Verification test report {month}', kind: 'report', days: [7, 15] },
    ],
    deliverableValueUsd: [20_000, 250_000],
  },
  data_analytics: {
    businessUnits: ['Strategy', 'Marketing', 'Customer Operations', 'IT'],
    pricingModels: ['fte', 'time_and_materials', 'outcome'],
    annualBudgetUsd: [300_000, 1_500_000],
    names: ['Customer analytics and churn models', 'Data engineering and BI reporting', 'Supply chain analytics', 'Marketing mix modelling'],
    slas: [
      { code: 'ROT', name: 'Reports delivered on time', unit: '%', direction: 'higher_is_better', expected: 97, minimum: 92, kind: 'critical', band: 5, decimals: 1, range: PCT },
      { code: 'DQ', name: 'Records passing data-quality checks', unit: '%', direction: 'higher_is_better', expected: 99, minimum: 98, kind: 'critical', band: 1, decimals: 2, range: PCT, volume: [500_000, 5_000_000] },
      { code: 'PIP', name: 'Pipeline availability', unit: '%', direction: 'higher_is_better', expected: 99.5, minimum: 99, kind: 'key', band: 0.5, decimals: 2, range: PCT },
      { code: 'ADH', name: 'Ad-hoc request turnaround', unit: 'days', direction: 'lower_is_better', expected: 3, minimum: null, kind: 'key', band: 1.5, decimals: 1, range: [0.5, 30] },
      { code: 'SAT', name: 'Stakeholder satisfaction', unit: 'score', direction: 'higher_is_better', expected: 4, minimum: null, kind: 'key', band: 0.3, decimals: 2, range: SCORE },
    ],
    deliverables: [
      { title: 'Churn propensity model refresh {quarter}', kind: 'model', days: [15, 30] },
      { title: 'Executive KPI dashboard {month}', kind: 'dashboard', days: [5, 10] },
      { title: 'Demand forecast {quarter}', kind: 'forecast', days: [10, 20] },
      { title: 'Marketing mix analysis: {topic}', kind: 'analysis', days: [15, 30], topics: ['paid social', 'retail media', 'connected TV', 'search'] },
      { title: 'Customer lifetime value study {quarter}', kind: 'study', days: [20, 35] },
    ],
    deliverableValueUsd: [10_000, 180_000],
  },
};

/** How an engagement's dates sit against the 24-month demo window ending in the month of today. */
export type Lifecycle = 'full' | 'late_start' | 'ended' | 'renewal' | 'planned';

export interface PortfolioSlot {
  serviceLine: ServiceLine;
  vendor: string;
  name: string;
  lifecycle: Lifecycle;
  /** Its first critical SLA gets worse over the last months (the story the demo tells on the SLA pages). */
  degrading?: boolean;
}

/**
 * The 30 engagements at scale 1, covering every service line. At scale n each slot is repeated n times, the copies
 * drawing their vendor among those that offer the service line.
 */
export const PORTFOLIO_SLOTS: readonly PortfolioSlot[] = [
  { serviceLine: 'customer_support', vendor: 'Bayanihan Contact Solutions', name: 'Consumer care (voice & chat)', lifecycle: 'full', degrading: true },
  { serviceLine: 'customer_support', vendor: 'Monterrey Connect', name: 'Bilingual customer care (EN/ES)', lifecycle: 'full' },
  { serviceLine: 'customer_support', vendor: 'Great Lakes Business Services', name: 'Premium member support desk', lifecycle: 'late_start' },
  { serviceLine: 'data_entry', vendor: 'Tarang Business Solutions', name: 'Claims and order data entry', lifecycle: 'full' },
  { serviceLine: 'data_entry', vendor: 'Luzon Shared Services', name: 'Document indexing and digitisation', lifecycle: 'ended' },
  { serviceLine: 'hr_payroll', vendor: 'Luzon Shared Services', name: 'Payroll processing (North America)', lifecycle: 'full' },
  { serviceLine: 'hr_payroll', vendor: 'Vistula Business Services', name: 'Payroll and HR administration (Europe)', lifecycle: 'full' },
  { serviceLine: 'finance_accounting', vendor: 'Vistula Business Services', name: 'Accounts payable and T&E audit', lifecycle: 'full' },
  { serviceLine: 'finance_accounting', vendor: 'Meridian Infotech Services', name: 'Order-to-cash and collections', lifecycle: 'full' },
  { serviceLine: 'finance_accounting', vendor: 'Tarang Business Solutions', name: 'General ledger and reconciliations', lifecycle: 'renewal' },
  { serviceLine: 'it_help_desk', vendor: 'Meridian Infotech Services', name: 'Global IT service desk (L1/L2)', lifecycle: 'full' },
  { serviceLine: 'it_help_desk', vendor: 'Monterrey Connect', name: 'After-hours and field IT support', lifecycle: 'late_start' },
  { serviceLine: 'procurement', vendor: 'Great Lakes Business Services', name: 'Indirect procurement and PO processing', lifecycle: 'full' },
  { serviceLine: 'procurement', vendor: 'Vistula Business Services', name: 'Supplier onboarding and catalogues', lifecycle: 'ended' },
  { serviceLine: 'marketing_services', vendor: 'Bayanihan Contact Solutions', name: 'Digital marketing operations', lifecycle: 'full' },
  { serviceLine: 'marketing_services', vendor: 'Pura Vida Analytics', name: 'Campaign execution and lead management', lifecycle: 'full' },
  { serviceLine: 'market_research', vendor: 'Thameside Research Partners', name: 'Competitive intelligence programme', lifecycle: 'full' },
  { serviceLine: 'market_research', vendor: 'Vaayu Knowledge Partners', name: 'Consumer and pricing research', lifecycle: 'full' },
  { serviceLine: 'legal_process', vendor: 'Harbor Point Legal Services', name: 'Commercial contract review', lifecycle: 'full' },
  { serviceLine: 'legal_process', vendor: 'Vaayu Knowledge Partners', name: 'Patent search and prior-art analysis', lifecycle: 'renewal' },
  { serviceLine: 'financial_analysis', vendor: 'Thameside Research Partners', name: 'Equity and credit research support', lifecycle: 'full' },
  { serviceLine: 'financial_analysis', vendor: 'Pura Vida Analytics', name: 'FP&A modelling and variance analysis', lifecycle: 'late_start' },
  { serviceLine: 'healthcare', vendor: 'Meridian Infotech Services', name: 'Medical coding and charge capture', lifecycle: 'full' },
  { serviceLine: 'healthcare', vendor: 'Vaayu Knowledge Partners', name: 'Clinical data abstraction', lifecycle: 'ended' },
  { serviceLine: 'rnd_engineering', vendor: 'Wawel Engineering Group', name: 'Embedded firmware engineering pod', lifecycle: 'full' },
  { serviceLine: 'rnd_engineering', vendor: 'Wawel Engineering Group', name: 'Mechanical design and simulation', lifecycle: 'late_start' },
  { serviceLine: 'data_analytics', vendor: 'Pura Vida Analytics', name: 'Customer analytics and churn models', lifecycle: 'full' },
  { serviceLine: 'data_analytics', vendor: 'Meridian Infotech Services', name: 'Data engineering and BI reporting', lifecycle: 'full' },
  { serviceLine: 'data_analytics', vendor: 'Wawel Engineering Group', name: 'Supply chain analytics', lifecycle: 'full' },
  { serviceLine: 'legal_process', vendor: 'Harbor Point Legal Services', name: 'Regulatory horizon scanning', lifecycle: 'planned' },
];

/** Notes a vendor attaches to a month it failed, as in a real monthly SLA report. */
export const BREACH_NOTES = [
  'Staffing shortfall after an attrition spike; recovery plan submitted',
  'Outage of the vendor platform for 6 hours; root-cause analysis attached',
  'Volume 18 % above forecast',
  'Root-cause analysis requested at monthly governance',
  'Remediation plan agreed; weekly tracking until back to target',
] as const;

export const MISS_NOTES = [
  'Holiday peak',
  'New joiners in training',
  'Tooling migration during the month',
  'Client-side delays in approvals',
] as const;
