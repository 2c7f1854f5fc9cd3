import { DomainError } from './errors.ts';
import { addMonths, comparePeriods, monthsBetweenInclusive, type Period, periodOfDate } from './periods.ts';
import type { SlaStatus } from './sla-status.ts';

/** Where a service credit stands: withheld for good, withheld until settled, or returned to the vendor. */
export const CREDIT_STATUSES = ['owed', 'pending', 'earned_back'] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];

/** Why a credit has its status, so that the dashboard can explain it. */
export type EarnBackReason =
  | 'no_earn_back' // N = 0: owed at once
  | 'not_met' // one of the next N measured months was not met
  | 'all_met' // each of the next N measured months was met
  | 'awaiting_measurements' // fewer than N later months measured yet, and the engagement runs long enough
  | 'engagement_ends'; // fewer than N months are left before the engagement ends

/** One measured month of the SLA. */
export type PeriodStatus = { period: Period; status: SlaStatus };

export type EarnBackInput = {
  earnBackMonths: number;
  creditPeriod: Period;
  /** The SLA's measurements (any order; those not after the credit's month are ignored). */
  later: readonly PeriodStatus[];
  engagementEndDate: string | null;
};

export type EarnBackResult = {
  status: CreditStatus;
  reason: EarnBackReason;
  /** The later measurements that decided, in month order: up to the first not met, or the N (or fewer) looked at. */
  deciding: PeriodStatus[];
};

/**
 * A credit is `earned_back` when its SLA is met in each of the next N months that have a measurement, `owed` when
 * any of them is not met or the engagement ends before N more months, and `pending` until then; N = 0 is owed at once.
 */
export function earnBackStatus(input: EarnBackInput): EarnBackResult {
  const months = input.earnBackMonths;
  if (!Number.isInteger(months) || months < 0) {
    throw new DomainError('INVALID_ARGUMENT', `Earn-back months must be a whole number ≥ 0, got ${months}`);
  }
  if (months === 0) return { status: 'owed', reason: 'no_earn_back', deciding: [] };
  const window = input.later
    .filter((measurement) => comparePeriods(measurement.period, input.creditPeriod) > 0)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .slice(0, months);
  const failure = window.findIndex((measurement) => measurement.status !== 'met');
  if (failure >= 0) return { status: 'owed', reason: 'not_met', deciding: window.slice(0, failure + 1) };
  if (window.length === months) return { status: 'earned_back', reason: 'all_met', deciding: window };
  if (input.engagementEndDate !== null) {
    const left = monthsBetweenInclusive(
      addMonths(input.creditPeriod, 1),
      periodOfDate(input.engagementEndDate),
    );
    if (left < months) return { status: 'owed', reason: 'engagement_ends', deciding: window };
  }
  return { status: 'pending', reason: 'awaiting_measurements', deciding: window };
}
