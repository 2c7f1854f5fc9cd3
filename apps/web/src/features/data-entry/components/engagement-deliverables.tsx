import { blankValues, deliverableValuesSchema } from '@portfolio/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { dateLabel, humanize } from '../../../lib/format.ts';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc.ts';
import { DELIVERABLE_FIELDS } from '../lib/fields.ts';
import { type EngagementRecordsProps, RecordEditor } from './record-editor.tsx';

type Deliverable = RouterOutputs['records']['deliverables']['list'][number];

/** A KPO engagement's deliverables: requested, due, delivered, quality and whether they were acted on. */
export function EngagementDeliverables({ code, canEdit, onChanged }: EngagementRecordsProps) {
  const trpc = useTRPC();
  const deliverables = useQuery(trpc.records.deliverables.list.queryOptions({ engagement: code }));
  const create = useMutation(trpc.records.deliverables.create.mutationOptions());
  const update = useMutation(trpc.records.deliverables.update.mutationOptions());
  const remove = useMutation(trpc.records.deliverables.delete.mutationOptions());
  return (
    <RecordEditor<Deliverable>
      title="Deliverables"
      subtitle="Cancel a deliverable by its status; delete only one entered by mistake"
      noun="deliverable"
      query={deliverables}
      columns={[
        { header: 'Code', cell: (d) => <span className="mono">{d.values.code}</span> },
        { header: 'Title', cell: (d) => <span className="clip">{d.values.title}</span> },
        { header: 'Due', cell: (d) => (d.values.due_date ? dateLabel(d.values.due_date) : '—') },
        {
          header: 'Delivered',
          cell: (d) => (d.values.delivered_date ? dateLabel(d.values.delivered_date) : '—'),
        },
        { header: 'Status', cell: (d) => humanize(d.values.status) },
        { header: 'Quality', cell: (d) => d.values.quality || '—', numeric: true },
        { header: 'Acted on', cell: (d) => (d.values.actioned === 'true' ? 'Yes' : 'No') },
      ]}
      rowKey={(d) => String(d.id)}
      rowName={(d) => `Deliverable ${d.values.code}`}
      fields={DELIVERABLE_FIELDS}
      schema={deliverableValuesSchema}
      blank={{ ...blankValues('deliverables.csv'), engagement: code, revisions: '0', actioned: 'false' }}
      canEdit={canEdit}
      create={(values) => create.mutateAsync({ values })}
      update={(values, d) => update.mutateAsync({ id: d.id, version: d.version, values })}
      remove={{ label: 'Delete', run: (d) => remove.mutateAsync({ id: d.id, version: d.version }) }}
      emptyText="No deliverables yet."
      onChanged={onChanged}
    />
  );
}
