import { type CreditEntry, creditCause, creditNote, creditStatusReason } from '../lib/credit-reason.ts';
import { type Formatters, humanize, monthLabel } from '../lib/format.ts';
import { engagementColumn, slaColumn } from './columns.tsx';
import type { Column } from './data-table.tsx';

/** The columns of a credit ledger: each credit, its amount, status and why. */
export function creditLedgerColumns(format: Formatters): Column<CreditEntry>[] {
  return [
    { key: 'period', header: 'Month', value: (r) => r.period, render: (r) => monthLabel(r.period) },
    engagementColumn(),
    slaColumn(),
    {
      key: 'amount',
      header: 'Credit',
      value: (r) => r.amount,
      kind: 'number',
      render: (r) => format.moneyIn(r.currency, r.amount),
    },
    { key: 'currency', header: 'Currency', value: (r) => r.currency, exportOnly: true },
    // What the credit is a share of, and the credit notes that reduced it, for finance's own checks.
    {
      key: 'creditBase',
      header: 'Credit base',
      value: (r) => r.creditBase,
      kind: 'number',
      exportOnly: true,
    },
    {
      key: 'creditNotes',
      header: 'Credit notes in base',
      value: (r) => r.creditNotes,
      kind: 'number',
      exportOnly: true,
    },
    {
      key: 'reportingAmount',
      header: `In ${format.currency}`,
      value: (r) => r.reportingAmount,
      kind: 'money',
    },
    {
      key: 'status',
      header: 'Status',
      value: (r) => r.status,
      render: (r) => <span className={`pill pill--${r.status}`}>{humanize(r.status)}</span>,
    },
    {
      key: 'why',
      header: 'Why',
      value: (r) =>
        [`${creditCause(r, format)}.`, creditStatusReason(r), creditNote(r)].filter(Boolean).join(' '),
      render: (r) => {
        const note = creditNote(r);
        return (
          <span className="why">
            {creditCause(r, format)}. <strong>{creditStatusReason(r)}</strong>
            {note ? <span className="why__note"> {note}</span> : null}
          </span>
        );
      },
    },
  ];
}
