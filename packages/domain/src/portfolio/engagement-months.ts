import type { SlaCounts } from '../attainment.ts';
import type { FxTable } from '../fx.ts';
import { type Cents, parseMoney } from '../money.ts';
import { netCostCents } from '../net-cost.ts';
import { type Period, periodOfDate } from '../periods.ts';
import { creditsOfMonth, type EngagementCredit } from './engagement-credits.ts';
import type { EngagementTermsFact, FailedCriticalFact, PortfolioFacts } from './facts.ts';
import type { CostSums } from './portfolio-report.ts';

/** One engagement in one month, in the reporting currency. */
export type EngagementMonth = {
  engagementId: number;
  period: Period;
  /** Some day of the month lies between the engagement's start and end dates. */
  ran: boolean;
} & CostSums & {
    /** The in-house cost of the month for BPO engagements with a baseline (0 in months it did not run), else null. */
    baseline: Cents | null;
    /** Planned monthly savings where set (0 in months it did not run), else null. */
    plannedSavings: Cents | null;
    sla: SlaCounts;
  };

/** A service credit with its amount in the reporting currency. */
export type CreditEntry = EngagementCredit & {
  /** The credit in the reporting currency. */
  reportingCents: Cents;
};

/** Converts at the month's rate; nothing to convert needs no rate. */
function converter(fx: FxTable) {
  return (cents: Cents, currency: string, period: Period): Cents =>
    cents === 0 ? 0 : fx.convert(cents, currency, period);
}

/** Whether savings are measured for an engagement: a BPO engagement with a baseline. */
export function hasBaseline(terms: EngagementTermsFact): boolean {
  return terms.type === 'BPO' && terms.baselineMonthlyCost !== null;
}

/**
 * Every engagement × month of `months` in the reporting currency, and the credits that arose in them.
 * A month's charges are summed in the engagement's currency, then converted at that month's rate; each credit is
 * rounded to the cent (largest-remainder split) and then converted on its own, so the month's credits are the sum
 * of the credit ledger's converted amounts, and a credit reads the same on the ledger as in the report.
 */
export function computeEngagementMonths(facts: PortfolioFacts, months: readonly Period[], fx: FxTable) {
  const convert = converter(fx);
  // Facts are found by a number (engagement id × months + month index), not a string key: a portfolio of 10,000
  // engagements over two years is a quarter of a million lookups per table.
  const width = months.length;
  const monthIndex = new Map(months.map((period, index) => [period, index]));
  const keyOf = (engagementId: number, period: Period) => {
    const index = monthIndex.get(period);
    return index === undefined ? -1 : engagementId * width + index;
  };
  const charges = new Map<number, PortfolioFacts['charges'][number]>();
  for (const row of facts.charges) charges.set(keyOf(row.engagementId, row.period), row);
  const counts = new Map<number, PortfolioFacts['slaCounts'][number]>();
  for (const row of facts.slaCounts) counts.set(keyOf(row.engagementId, row.period), row);
  const failed = new Map<number, FailedCriticalFact[]>();
  for (const row of facts.failedCritical) {
    const key = keyOf(row.engagementId, row.period);
    const group = failed.get(key);
    if (group) group.push(row);
    else failed.set(key, [row]);
  }
  const rows: EngagementMonth[] = [];
  const credits: CreditEntry[] = [];

  for (const terms of facts.terms) {
    const { currency } = terms;
    const withBaseline = hasBaseline(terms);
    const baselineMonthly =
      withBaseline && terms.baselineMonthlyCost !== null ? parseMoney(terms.baselineMonthlyCost) : 0;
    const plannedMonthly =
      terms.plannedMonthlySavings === null ? null : parseMoney(terms.plannedMonthlySavings);
    // The months it ran: any day of the month between its start and end (periods compare as text).
    const firstMonth = periodOfDate(terms.startDate);
    const lastMonth = terms.endDate === null ? null : periodOfDate(terms.endDate);
    for (let index = 0; index < width; index += 1) {
      const period = months[index] as Period;
      const key = terms.id * width + index;
      const ran = period >= firstMonth && (lastMonth === null || period <= lastMonth);
      const charge = charges.get(key);
      // The month's credits by status: the sums of their converted amounts.
      let owed = 0;
      let pending = 0;
      let earnedBack = 0;
      const failedThisMonth = failed.get(key);
      if (failedThisMonth) {
        const creditBase = charge ? parseMoney(charge.creditBase) : 0;
        const notes = charge?.creditBaseNotes === undefined ? 0 : parseMoney(charge.creditBaseNotes);
        for (const kept of creditsOfMonth(terms, period, creditBase, failedThisMonth, notes)) {
          const credit = { ...kept, reportingCents: convert(kept.cents, currency, period) };
          credits.push(credit);
          if (credit.status === 'owed') owed += credit.reportingCents;
          else if (credit.status === 'pending') pending += credit.reportingCents;
          else earnedBack += credit.reportingCents;
        }
      }
      const chargesCents = charge ? convert(parseMoney(charge.total), currency, period) : 0;
      const slaCounts = counts.get(key);
      const met = slaCounts?.met ?? 0;
      const missed = slaCounts?.missed ?? 0;
      const breached = slaCounts?.breached ?? 0;
      rows.push({
        engagementId: terms.id,
        period,
        ran,
        charges: chargesCents,
        creditsOwed: owed,
        creditsPending: pending,
        creditsEarnedBack: earnedBack,
        netCost: netCostCents(chargesCents, owed, pending),
        baseline: withBaseline ? (ran ? convert(baselineMonthly, currency, period) : 0) : null,
        plannedSavings: plannedMonthly === null ? null : ran ? convert(plannedMonthly, currency, period) : 0,
        sla: {
          met,
          missed,
          breached,
          unreported: ran ? Math.max(0, terms.slaCount - met - missed - breached) : 0,
        },
      });
    }
  }
  return { rows, credits };
}
