import { type CreditStatus, type EarnBackReason, earnBackStatus, type PeriodStatus } from '../earn-back.ts';
import type { Cents } from '../money.ts';
import type { Period } from '../periods.ts';
import { monthCredits } from '../service-credits.ts';
import type { SlaStatus } from '../sla-status.ts';
import type { EngagementTermsFact, FailedCriticalFact } from './facts.ts';

/**
 * One service credit in the engagement's currency: a critical SLA that failed in a month, what it owes, where its
 * earn-back stands and what decided both. The one computation of credits: the upkeep keeps these
 * (engagement_credits) and the reference computation (engagement-months.ts) converts them.
 */
export type EngagementCredit = {
  engagementId: number;
  slaId: number;
  slaCode: string;
  slaName: string;
  period: Period;
  slaStatus: SlaStatus;
  actual: string;
  currency: string;
  /** The month's base + volume charges, credit notes included, in the engagement's currency (below 0 counts as 0). */
  creditBaseCents: Cents;
  /** The credit notes (negative lines) among those base + volume charges: 0 or less. */
  creditNotesCents: Cents;
  atRiskPct: number;
  atRiskCents: Cents;
  allocationPct: number;
  /** Whether the month's allocations passed 100 % so that every share was scaled down to the at-risk amount. */
  capped: boolean;
  /** The exact share after the cap, before rounding, for display. */
  exactShareCents: number;
  /** The credit in the engagement's currency (largest-remainder split of the month's total). */
  cents: Cents;
  status: CreditStatus;
  reason: EarnBackReason;
  /** The month whose measurement settled the credit (the first not met, or the last of the months met). */
  decidedPeriod: Period | null;
  earnBackMonths: number;
  deciding: PeriodStatus[];
};

/** The month that settled a credit, when a measurement did: not for `no_earn_back`, pending or the contract's end. */
function decidedPeriodOf(reason: EarnBackReason, deciding: readonly PeriodStatus[]): Period | null {
  return reason === 'not_met' || reason === 'all_met' ? (deciding.at(-1)?.period ?? null) : null;
}

/**
 * The credits of an engagement's month: the month's failing critical SLAs share its at-risk amount (the pool model
 * of service-credits.ts), each with its earn-back status over every measurement on record. `creditBaseCents` is the
 * month's base + volume charges with its credit notes (`creditNotesCents`, kept to explain the base); a base below
 * zero puts nothing at risk (monthCredits counts it as zero).
 */
export function creditsOfMonth(
  terms: Pick<EngagementTermsFact, 'id' | 'currency' | 'atRiskPct' | 'earnBackMonths' | 'endDate'>,
  period: Period,
  creditBaseCents: Cents,
  failed: readonly FailedCriticalFact[],
  creditNotesCents: Cents = 0,
): EngagementCredit[] {
  const month = monthCredits({
    chargesCents: creditBaseCents,
    atRiskPct: terms.atRiskPct,
    failing: failed.map((f) => ({ slaCode: f.slaCode, allocationPct: f.allocationPct ?? 0 })),
  });
  return failed.map((f, index) => {
    const part = month.parts[index];
    const earnBack = earnBackStatus({
      earnBackMonths: terms.earnBackMonths,
      creditPeriod: period,
      later: f.later,
      engagementEndDate: terms.endDate,
    });
    return {
      engagementId: terms.id,
      slaId: f.slaId,
      slaCode: f.slaCode,
      slaName: f.slaName,
      period,
      slaStatus: f.status,
      actual: String(f.actual),
      currency: terms.currency,
      creditBaseCents,
      creditNotesCents,
      atRiskPct: Number(terms.atRiskPct),
      atRiskCents: month.atRiskCents,
      allocationPct: part?.allocationPct ?? 0,
      capped: month.capped,
      exactShareCents: part?.exactShareCents ?? 0,
      cents: part?.cents ?? 0,
      status: earnBack.status,
      reason: earnBack.reason,
      decidedPeriod: decidedPeriodOf(earnBack.reason, earnBack.deciding),
      earnBackMonths: terms.earnBackMonths,
      deciding: earnBack.deciding,
    };
  });
}
