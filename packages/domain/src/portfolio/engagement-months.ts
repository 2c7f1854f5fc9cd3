import { emptyCounts, type SlaCounts } from '../attainment.ts';
import { type CreditStatus, type EarnBackReason, earnBackStatus, type PeriodStatus } from '../earn-back.ts';
import type { FxTable } from '../fx.ts';
import { type Cents, parseMoney } from '../money.ts';
import { netCostCents } from '../net-cost.ts';
import { type Period, periodOfDate } from '../periods.ts';
import { monthCredits } from '../service-credits.ts';
import type { SlaStatus } from '../sla-status.ts';
import type { EngagementTermsFact, FailedCriticalFact, PortfolioFacts } from './facts.ts';

/** One engagement in one month, in the reporting currency. */
export type EngagementMonth = {
  engagementId: number;
  period: Period;
  /** Some day of the month lies between the engagement's start and end dates. */
  ran: boolean;
  charges: Cents;
  creditsOwed: Cents;
  creditsPending: Cents;
  creditsEarnedBack: Cents;
  netCost: Cents;
  /** The in-house cost of the month for BPO engagements with a baseline (0 in months it did not run), else null. */
  baseline: Cents | null;
  /** Planned monthly savings where set (0 in months it did not run), else null. */
  plannedSavings: Cents | null;
  sla: SlaCounts;
};

/** One service credit: a critical SLA that failed in a month, what it owes and where its earn-back stands. */
export type CreditEntry = {
  engagementId: number;
  slaId: number;
  slaCode: string;
  slaName: string;
  period: Period;
  slaStatus: SlaStatus;
  actual: string;
  currency: string;
  /** The month's base + volume charges, in the engagement's currency. */
  creditBaseCents: Cents;
  atRiskPct: number;
  atRiskCents: Cents;
  allocationPct: number;
  /** Whether the month's allocations passed 100 % so that every share was scaled down to the at-risk amount. */
  capped: boolean;
  /** The exact share after the cap, before rounding, for display. */
  exactShareCents: number;
  /** The credit in the engagement's currency (largest-remainder split of the month's total). */
  cents: Cents;
  /** The credit in the reporting currency. */
  reportingCents: Cents;
  status: CreditStatus;
  reason: EarnBackReason;
  earnBackMonths: number;
  deciding: PeriodStatus[];
};

const keyOf = (engagementId: number, period: Period) => `${engagementId}|${period}`;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Converts at the month's rate; nothing to convert needs no rate. */
function converter(fx: FxTable) {
  return (cents: Cents, currency: string, period: Period): Cents =>
    cents === 0 ? 0 : fx.convert(cents, currency, period);
}

/** The month's credits, each with its earn-back status, in the engagement's and the reporting currency. */
function creditsOfMonth(
  terms: EngagementTermsFact,
  period: Period,
  creditBaseCents: Cents,
  failed: readonly FailedCriticalFact[],
  convert: ReturnType<typeof converter>,
): CreditEntry[] {
  const month = monthCredits({
    chargesCents: creditBaseCents,
    atRiskPct: terms.atRiskPct,
    failing: failed.map((f) => ({ slaCode: f.slaCode, allocationPct: f.allocationPct ?? 0 })),
  });
  return failed.map((f, index) => {
    const part = month.parts[index];
    const cents = part?.cents ?? 0;
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
      atRiskPct: Number(terms.atRiskPct),
      atRiskCents: month.atRiskCents,
      allocationPct: part?.allocationPct ?? 0,
      capped: month.capped,
      exactShareCents: part?.exactShareCents ?? 0,
      cents,
      reportingCents: convert(cents, terms.currency, period),
      status: earnBack.status,
      reason: earnBack.reason,
      earnBackMonths: terms.earnBackMonths,
      deciding: earnBack.deciding,
    };
  });
}

/** Sums the credits of a month by status in the engagement's currency, then converts each sum once. */
function creditTotals(
  credits: readonly CreditEntry[],
  currency: string,
  period: Period,
  convert: ReturnType<typeof converter>,
) {
  const sum = (status: CreditStatus) =>
    credits.filter((c) => c.status === status).reduce((total, c) => total + c.cents, 0);
  return {
    owed: convert(sum('owed'), currency, period),
    pending: convert(sum('pending'), currency, period),
    earnedBack: convert(sum('earned_back'), currency, period),
  };
}

/**
 * Every engagement × month of `months` in the reporting currency, and the credits that arose in them.
 * A month's charges are summed in the engagement's currency, then converted at that month's rate; credits are
 * rounded to the cent (largest-remainder split) before they are converted.
 */
export function computeEngagementMonths(facts: PortfolioFacts, months: readonly Period[], fx: FxTable) {
  const convert = converter(fx);
  const charges = new Map(facts.charges.map((row) => [keyOf(row.engagementId, row.period), row]));
  const counts = new Map(facts.slaCounts.map((row) => [keyOf(row.engagementId, row.period), row]));
  const failed = groupBy(facts.failedCritical, (row) => keyOf(row.engagementId, row.period));
  const rows: EngagementMonth[] = [];
  const credits: CreditEntry[] = [];

  for (const terms of facts.terms) {
    const hasBaseline = terms.type === 'BPO' && terms.baselineMonthlyCost !== null;
    const baselineMonthly =
      hasBaseline && terms.baselineMonthlyCost !== null ? parseMoney(terms.baselineMonthlyCost) : 0;
    const plannedMonthly =
      terms.plannedMonthlySavings === null ? null : parseMoney(terms.plannedMonthlySavings);
    // The months it ran: any day of the month between its start and end (periods compare as text).
    const firstMonth = periodOfDate(terms.startDate);
    const lastMonth = terms.endDate === null ? null : periodOfDate(terms.endDate);
    for (const period of months) {
      const key = keyOf(terms.id, period);
      const ran = period >= firstMonth && (lastMonth === null || period <= lastMonth);
      const charge = charges.get(key);
      const creditBase = charge ? parseMoney(charge.creditBase) : 0;
      const failedThisMonth = failed.get(key);
      const monthCreditsList = failedThisMonth ? creditsOfMonth(terms, period, creditBase, failedThisMonth, convert) : [];
      credits.push(...monthCreditsList);
      const totals = creditTotals(monthCreditsList, terms.currency, period, convert);
      const chargesCents = charge ? convert(parseMoney(charge.total), terms.currency, period) : 0;
      const measured = counts.get(key);
      const sla = emptyCounts();
      if (measured) {
        sla.met = measured.met;
        sla.missed = measured.missed;
        sla.breached = measured.breached;
      }
      if (ran) sla.unreported = Math.max(0, terms.slaCount - sla.met - sla.missed - sla.breached);
      rows.push({
        engagementId: terms.id,
        period,
        ran,
        charges: chargesCents,
        creditsOwed: totals.owed,
        creditsPending: totals.pending,
        creditsEarnedBack: totals.earnedBack,
        netCost: netCostCents(chargesCents, totals.owed, totals.pending),
        baseline: hasBaseline ? (ran ? convert(baselineMonthly, terms.currency, period) : 0) : null,
        plannedSavings:
          plannedMonthly === null ? null : ran ? convert(plannedMonthly, terms.currency, period) : 0,
        sla,
      });
    }
  }
  return { rows, credits };
}
