import type {
  ChargeCategory,
  DeliverableStatus,
  EngagementStatus,
  EngagementType,
  IsoDate,
  Location,
  Period,
  PricingModel,
  ServiceLine,
  SlaDirection,
  SlaKind,
  SlaStatus,
  SlaUnit,
} from '@portfolio/domain';
import type { VendorProfile } from './catalogue.ts';

/**
 * The rows of a demo portfolio as plain data, keyed by natural keys (vendor name, engagement code, SLA code) as in
 * the CSV interchange format; the writer maps them to ids. Decimals are strings, exact as stored.
 */
export interface DemoOptions {
  /** The date the demo treats as today, 'YYYY-MM-DD'; every date is derived from it. */
  today: IsoDate;
  /** 1 gives 30 engagements; 100 gives 3,000 (about a million measurements). */
  scale?: number;
  seed?: number;
}

export interface PlannedVendor {
  name: string;
  country: string;
  certifications: string;
  notes: string;
}

export interface PlannedEngagement {
  code: string;
  name: string;
  vendor: string;
  type: EngagementType;
  service_line: ServiceLine;
  location: Location;
  business_unit: string;
  owner: string;
  start_date: IsoDate;
  end_date: IsoDate | null;
  status: EngagementStatus;
  pricing_model: PricingModel;
  currency: string;
  annual_budget: string;
  at_risk_pct: string;
  earn_back_months: number;
  baseline_monthly_cost: string | null;
  planned_monthly_savings: string | null;
}

export interface PlannedSla {
  engagement: string;
  code: string;
  name: string;
  unit: SlaUnit;
  direction: SlaDirection;
  expected: string;
  minimum: string | null;
  kind: SlaKind;
  allocation_pct: string | null;
}

export interface PlannedMeasurement {
  engagement: string;
  sla: string;
  period: Period;
  actual: string;
  numerator: string | null;
  denominator: string | null;
  source: string;
  note: string | null;
  status: SlaStatus;
}

export interface PlannedCharge {
  engagement: string;
  invoice: string;
  period: Period;
  category: ChargeCategory;
  amount: string;
}

export interface PlannedDeliverable {
  engagement: string;
  code: string;
  title: string;
  kind: string;
  requested_date: IsoDate;
  due_date: IsoDate;
  delivered_date: IsoDate | null;
  status: DeliverableStatus;
  quality: number | null;
  revisions: number;
  actioned: boolean;
  estimated_value: string | null;
}

export interface PlannedFxRate {
  currency: string;
  period: Period;
  rate: string;
}

/** An engagement with what its details are drawn from. */
export interface EngagementPlan {
  row: PlannedEngagement;
  vendor: VendorProfile;
  /** The engagement's position among its vendor's engagements: the <n> of its invoice numbers. */
  invoiceNumber: number;
  /** Actual spend ÷ budget (over 1 for the engagements that run over budget). */
  spendFactor: number;
  degrading: boolean;
}

/** The settings every part of the plan is drawn from. */
export interface DemoContext {
  seed: number;
  today: IsoDate;
  /** The 24 months ending in the month of today, oldest first. */
  window: readonly Period[];
  /** The month of today, the last of the window. */
  current: Period;
}

export interface EngagementDetail {
  slas: PlannedSla[];
  measurements: PlannedMeasurement[];
  charges: PlannedCharge[];
  deliverables: PlannedDeliverable[];
}
