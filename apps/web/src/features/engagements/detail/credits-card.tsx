import { skipToken, useQuery } from '@tanstack/react-query';
import { creditLedgerColumns } from '../../../components/credit-ledger.tsx';
import { DataCard } from '../../../components/data-card.tsx';
import { csvColumns, DataTable } from '../../../components/data-table.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useFormat } from '../../../lib/use-filters.ts';
import { type ScopedRange, scopedInput } from './detail-scope.ts';

/** Every service credit of the engagement in the range, with why it arose and what became of it. */
export function CreditsCard(scope: ScopedRange) {
  const trpc = useTRPC();
  const format = useFormat();
  const input = scopedInput(scope);
  const range = scope.range;
  const ledger = useQuery(trpc.report.creditLedger.queryOptions(input ?? skipToken));
  const ledgerColumns = creditLedgerColumns(format).filter((c) => c.key !== 'engagement');
  return (
    <DataCard
      wide
      title="Service credits"
      query={ledger}
      range={range}
      isEmpty={(rows) => rows.length === 0}
      emptyText="No service credit arose in the range."
      exportOf={(rows) => ({ columns: csvColumns(ledgerColumns), rows })}
    >
      {(rows) => (
        <DataTable
          label="Service credits"
          rows={rows}
          columns={ledgerColumns}
          rowKey={(r) => `${r.period}/${r.sla}`}
          format={format}
          maxHeight={320}
        />
      )}
    </DataCard>
  );
}
