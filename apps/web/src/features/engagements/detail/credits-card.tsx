import { skipToken, useQuery } from '@tanstack/react-query';
import { creditLedgerColumns } from '../../../components/credit-ledger.tsx';
import { TableCard } from '../../../components/table-card.tsx';
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
    <TableCard
      wide
      title="Service credits"
      query={ledger}
      range={range}
      emptyText="No service credit arose in the range."
      rowsOf={(rows) => rows}
      columns={ledgerColumns}
      rowKey={(r) => `${r.period}/${r.sla}`}
      format={format}
      maxHeight={320}
    />
  );
}
