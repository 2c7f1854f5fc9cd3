import { FxTable } from '../fx.ts';
import { type Cents, formatMoney } from '../money.ts';
import type { EngagementCredit } from './engagement-credits.ts';
import { computeEngagementMonths } from './engagement-months.ts';
import type { PortfolioFacts } from './facts.ts';
import type { ReportScope } from './report-scope.ts';

/** A kept credit as the ledger reads it: the credit (engagement-credits.ts) with its amount in the reporting currency. */
export type LedgerCredit = Omit<EngagementCredit, 'engagementId' | 'slaId' | 'decidedPeriod'> & {
  engagement: string;
  reportingCents: Cents;
  /** The vendor's note of the SLA-month's measurement ("storm week"), where the ledger is read with it. */
  note?: string | null;
};

/**
 * Every service credit that arose in the range, with what decided it, so any credit can be explained to a vendor:
 * the month's base + volume charges, the at-risk amount, the SLA's allocation, the cap, the share before and after
 * rounding, and the later measurements that settled its earn-back. Failures that owe nothing are left out.
 */
export function creditLedger(credits: readonly LedgerCredit[]) {
  // A failing SLA in a month with nothing at risk (no base or volume charges, or 0 % at risk) owes nothing:
  // that is no credit to explain.
  return credits
    .filter((credit) => credit.cents > 0)
    .map((credit) => ({
      engagement: credit.engagement,
      sla: credit.slaCode,
      slaName: credit.slaName,
      period: credit.period,
      slaStatus: credit.slaStatus,
      actual: credit.actual,
      currency: credit.currency,
      creditBase: formatMoney(credit.creditBaseCents),
      /** The credit notes that reduced the base ("0.00": none), in the engagement's currency. */
      creditNotes: formatMoney(credit.creditNotesCents),
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
      note: credit.note ?? null,
    }))
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period) ||
        a.engagement.localeCompare(b.engagement) ||
        a.sla.localeCompare(b.sla),
    );
}

export type CreditLedgerEntry = ReturnType<typeof creditLedger>[number];

/** The ledger computed by the rules over the facts: the reference of the kept credits. */
export function buildCreditLedger(facts: PortfolioFacts, scope: ReportScope, currency: string) {
  const { credits } = computeEngagementMonths(facts, scope.months, new FxTable(facts.fxRates, currency));
  const codeOf = new Map(facts.terms.map((terms) => [terms.id, terms.code]));
  return creditLedger(
    credits.map((credit) => ({ ...credit, engagement: codeOf.get(credit.engagementId) ?? '' })),
  );
}
