import { type Formatters, monthLabel } from './format.ts';
import type { RouterOutputs } from './trpc.ts';

export type CreditEntry = RouterOutputs['report']['creditLedger'][number];

const listOf = (periods: readonly string[]) =>
  periods.length <= 1 ? (periods[0] ?? '') : `${periods.slice(0, -1).join(', ')} and ${periods.at(-1)}`;

/** Why a credit arose: the SLA's result and the share of the at-risk amount it owes. */
export function creditCause(entry: CreditEntry, format: Formatters): string {
  const atRisk = format.moneyIn(entry.currency, entry.atRisk);
  const base = format.moneyIn(entry.currency, entry.creditBase);
  // A credit note in the base is said, so the vendor sees why the base is below the invoices.
  const notes =
    Number(entry.creditNotes) < 0
      ? `, reduced by a credit note of ${format.moneyIn(entry.currency, entry.creditNotes)}`
      : '';
  return (
    `${entry.slaStatus === 'breached' ? 'Breached' : 'Missed'} (actual ${entry.actual}): ` +
    `${format.format('number', entry.allocationPct)} % of the at-risk ${atRisk} ` +
    `(${format.format('number', entry.atRiskPct)} % of ${base} base and volume charges${notes})` +
    (entry.capped ? ', scaled down because the allocations passed 100 %' : '')
  );
}

/** The vendor's reason for the SLA-month, as they noted it with the measurement: "Vendor’s note: “storm week”". */
export function creditNote(entry: CreditEntry): string | null {
  const note = entry.note?.trim();
  return note ? `Vendor’s note: “${note}”` : null;
}

/** Why a credit has its status: the earn-back rule and the later months that decided it. */
export function creditStatusReason(entry: CreditEntry): string {
  const months = entry.deciding.map((d) => monthLabel(d.period));
  const n = entry.earnBackMonths;
  switch (entry.reason) {
    case 'no_earn_back':
      return 'Owed at once: the contract has no earn-back.';
    case 'not_met': {
      const last = entry.deciding.at(-1);
      return last
        ? `Owed: ${last.status} again in ${monthLabel(last.period)}, within the ${n}-month earn-back.`
        : 'Owed: not met again within the earn-back.';
    }
    case 'all_met':
      return `Earned back: met in ${listOf(months)}.`;
    case 'awaiting_measurements':
      return `Pending: ${entry.deciding.length} of ${n} later month${n === 1 ? '' : 's'} measured${
        months.length ? ` (met in ${listOf(months)})` : ''
      }.`;
    case 'engagement_ends':
      return `Owed: the engagement ends before ${n} more month${n === 1 ? '' : 's'} can earn it back.`;
  }
}
