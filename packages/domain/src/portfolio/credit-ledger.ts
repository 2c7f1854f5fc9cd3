import { FxTable } from '../fx.ts';
import { formatMoney } from '../money.ts';
import { computeEngagementMonths } from './engagement-months.ts';
import type { PortfolioFacts } from './facts.ts';
import type { ReportScope } from './report-scope.ts';

/**
 * Every service credit that arose in the range, with what decided it, so any credit can be explained to a vendor:
 * the month's base + volume charges, the at-risk amount, the SLA's allocation, the cap, the share before and after
 * rounding, and the later measurements that settled its earn-back. Failures that owe nothing are left out.
 */
export function buildCreditLedger(facts: PortfolioFacts, scope: ReportScope, currency: string) {
  const fx = new FxTable(facts.fxRates, currency);
  const { credits } = computeEngagementMonths(facts, scope.months, fx);
  const codeOf = new Map(facts.terms.map((terms) => [terms.id, terms.code]));
  // A failing SLA in a month with nothing at risk (no base or volume charges, or 0 % at risk) owes nothing:
  // that is no credit to explain.
  return credits
    .filter((credit) => credit.cents > 0)
    .map((credit) => ({
      engagement: codeOf.get(credit.engagementId) ?? '',
      sla: credit.slaCode,
      slaName: credit.slaName,
      period: credit.period,
      slaStatus: credit.slaStatus,
      actual: credit.actual,
      currency: credit.currency,
      creditBase: formatMoney(credit.creditBaseCents),
      atRiskPct: credit.atRiskPct,
      atRisk: formatMoney(credit.atRiskCents),
      allocationPct: credit.allocationPct,
      capped: credit.capped,
      exactShare: (credit.exactShareCents / 100).toFixed(4),
      amount: formatMoney(credit.cents),
      reportingAmount: formatMoney(credit.reportingCents),
      status: credit.status,
      reason: credit.reason,
      earnBackMonths: credit.earnBackMonths,
      deciding: credit.deciding,
    }))
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period) ||
        a.engagement.localeCompare(b.engagement) ||
        a.sla.localeCompare(b.sla),
    );
}

export type CreditLedgerEntry = ReturnType<typeof buildCreditLedger>[number];
