import { useQuery } from '@tanstack/react-query';
import { clippedColumn } from '../../../components/columns.tsx';
import type { Column } from '../../../components/data-table.tsx';
import { TableCard } from '../../../components/table-card.tsx';
import { dateLabel, humanize } from '../../../lib/format.ts';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc.ts';
import { useFormat } from '../../../lib/use-filters.ts';

type Deliverable = RouterOutputs['engagements']['deliverables'][number];

/** A KPO engagement's deliverables, latest due first. */
export function DeliverablesCard({ code, currency }: { code: string; currency: string }) {
  const trpc = useTRPC();
  const format = useFormat();
  const deliverables = useQuery(trpc.engagements.deliverables.queryOptions({ code }));
  const deliverableColumns: Column<Deliverable>[] = [
    { key: 'code', header: 'Code', value: (r) => r.code },
    clippedColumn('title', 'Title', (r) => r.title),
    { key: 'dueDate', header: 'Due', value: (r) => r.dueDate, render: (r) => dateLabel(r.dueDate) },
    {
      key: 'deliveredDate',
      header: 'Delivered',
      value: (r) => r.deliveredDate,
      render: (r) => (r.deliveredDate === null ? '—' : dateLabel(r.deliveredDate)),
    },
    { key: 'status', header: 'Status', value: (r) => r.status, render: (r) => humanize(r.status) },
    { key: 'quality', header: 'Quality', value: (r) => r.quality, kind: 'score' },
    { key: 'revisions', header: 'Revisions', value: (r) => r.revisions, kind: 'count' },
    {
      key: 'actioned',
      header: 'Acted on',
      value: (r) => r.actioned,
      render: (r) => (r.actioned ? 'Yes' : 'No'),
    },
    {
      key: 'estimatedValue',
      header: 'Value',
      value: (r) => r.estimatedValue,
      kind: 'number',
      render: (r) => (r.estimatedValue === null ? '—' : format.moneyIn(currency, r.estimatedValue)),
    },
  ];
  return (
    <TableCard
      wide
      title="Deliverables"
      subtitle="Latest due first"
      query={deliverables}
      emptyText="No deliverables on record."
      rowsOf={(rows) => rows}
      columns={deliverableColumns}
      rowKey={(r) => r.code}
      format={format}
      maxHeight={360}
    />
  );
}
