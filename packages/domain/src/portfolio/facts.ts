import type { DecimalInput } from '../decimal.ts';
import type { PeriodStatus } from '../earn-back.ts';
import type { EngagementType, Location, ServiceLine } from '../enums.ts';
import type { FxRateRow } from '../fx.ts';
import type { DeliveryCounts } from '../insight.ts';
import type { Period } from '../periods.ts';
import type { SlaStatus } from '../sla-status.ts';

/**
 * The pre-aggregated facts (grouped by engagement and month in SQL) that the portfolio report and every dashboard
 * series are computed from. Amounts are decimals in the engagement's own currency.
 */
export type EngagementTermsFact = {
  id: number;
  code: string;
  name: string;
  type: EngagementType;
  vendor: string;
  serviceLine: ServiceLine;
  location: Location;
  businessUnit: string | null;
  currency: string;
  startDate: string;
  endDate: string | null;
  annualBudget: DecimalInput | null;
  atRiskPct: DecimalInput;
  earnBackMonths: number;
  baselineMonthlyCost: DecimalInput | null;
  plannedMonthlySavings: DecimalInput | null;
  /** SLAs in force (not archived). */
  slaCount: number;
};

export type ChargesFact = {
  engagementId: number;
  period: Period;
  total: DecimalInput;
  /** Base + volume charges, credit notes included. */
  creditBase: DecimalInput;
  /** The credit notes (negative lines) among the base + volume charges; absent: none. */
  creditBaseNotes?: DecimalInput;
};

/** Measured statuses of an engagement's SLAs in a month in which it ran. */
export type SlaCountsFact = {
  engagementId: number;
  period: Period;
  met: number;
  missed: number;
  breached: number;
};

/** A critical SLA missed or breached in a month, with its next measured months (as many as the earn-back months). */
export type FailedCriticalFact = {
  engagementId: number;
  slaId: number;
  slaCode: string;
  slaName: string;
  allocationPct: DecimalInput | null;
  period: Period;
  status: SlaStatus;
  actual: DecimalInput;
  later: PeriodStatus[];
};

/** KPO deliverables delivered in a month. `valueRealized` sums the estimated value of the actioned ones. */
export type DeliveriesFact = {
  engagementId: number;
  period: Period;
  valueRealized: DecimalInput;
} & DeliveryCounts;

export type CycleDaysFact = { engagementId: number; period: Period; days: number; count: number };

export type OverdueFact = { engagementId: number; overdue: number };

export type PortfolioFacts = {
  terms: readonly EngagementTermsFact[];
  charges: readonly ChargesFact[];
  slaCounts: readonly SlaCountsFact[];
  failedCritical: readonly FailedCriticalFact[];
  deliveries: readonly DeliveriesFact[];
  cycleDays: readonly CycleDaysFact[];
  overdue: readonly OverdueFact[];
  fxRates: readonly FxRateRow[];
};
