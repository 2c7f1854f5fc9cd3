import { blankValues, slaValuesSchema } from '@portfolio/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { humanize, withUnit } from '../../../lib/format.ts';
import { type RouterOutputs, useTRPC } from '../../../lib/trpc.ts';
import { SLA_FIELDS } from '../lib/fields.ts';
import { type EngagementRecordsProps, RecordEditor } from './record-editor.tsx';

type Sla = RouterOutputs['records']['slas']['list'][number];

/** An engagement's SLAs; new levels judge the SLA's stored measurements again. */
export function EngagementSlas({ code, canEdit, onChanged }: EngagementRecordsProps) {
  const trpc = useTRPC();
  const slas = useQuery(trpc.records.slas.list.queryOptions({ engagement: code }));
  const create = useMutation(trpc.records.slas.create.mutationOptions());
  const update = useMutation(trpc.records.slas.update.mutationOptions());
  const archive = useMutation(trpc.records.slas.archive.mutationOptions());
  const restore = useMutation(trpc.records.slas.restore.mutationOptions());
  return (
    <RecordEditor<Sla>
      title="SLAs"
      subtitle="Changing a target or minimum judges the SLA's past measurements again; archived SLAs leave the reports"
      noun="SLA"
      query={slas}
      columns={[
        { header: 'Code', cell: (s) => <span className="mono">{s.values.code}</span> },
        { header: 'Name', cell: (s) => s.values.name },
        {
          header: 'Target',
          cell: (s) =>
            `${s.values.direction === 'higher_is_better' ? '≥' : '≤'} ${withUnit(s.values.expected, s.values.unit)}`,
        },
        {
          header: 'Minimum',
          cell: (s) => (s.values.minimum ? withUnit(s.values.minimum, s.values.unit) : '—'),
        },
        {
          header: 'Kind',
          cell: (s) =>
            s.values.kind === 'critical'
              ? `Critical · ${s.values.allocation_pct || '0'} %`
              : humanize(s.values.kind),
        },
        { header: 'Measurements', cell: (s) => s.measurements, numeric: true },
        { header: 'Status', cell: (s) => (s.archivedAt ? 'Archived' : 'In force') },
      ]}
      rowKey={(s) => String(s.id)}
      rowName={(s) => `SLA ${s.values.code}`}
      fields={SLA_FIELDS}
      schema={slaValuesSchema}
      blank={{ ...blankValues('slas.csv'), engagement: code }}
      canEdit={canEdit}
      create={(values) => create.mutateAsync({ values })}
      update={(values, sla) => update.mutateAsync({ id: sla.id, version: sla.version, values })}
      remove={{
        label: 'Archive',
        isRemoved: (s) => s.archivedAt !== null,
        run: (s) => archive.mutateAsync({ id: s.id, version: s.version }),
        restore: (s) => restore.mutateAsync({ id: s.id, version: s.version }),
      }}
      emptyText="No SLAs yet: add the contract's service levels."
      onChanged={onChanged}
    />
  );
}
