import { blankValues, vendorValuesSchema } from '@portfolio/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/page-header.tsx';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useRole } from '../../lib/use-role.ts';
import { DataEntryNav } from './components/data-entry-nav.tsx';
import { RecordEditor } from './components/record-editor.tsx';
import { VENDOR_FIELDS } from './lib/fields.ts';
import { useRefreshAll } from './lib/use-refresh.ts';
import './data-entry.css';

type Vendor = RouterOutputs['records']['vendors']['list'][number];

/** Vendors: add, edit, archive (a vendor with engagements keeps its history) and restore. */
export function VendorsEntryPage() {
  const trpc = useTRPC();
  const { can } = useRole();
  const refresh = useRefreshAll();
  const vendors = useQuery(trpc.records.vendors.list.queryOptions());
  const create = useMutation(trpc.records.vendors.create.mutationOptions());
  const update = useMutation(trpc.records.vendors.update.mutationOptions());
  const archive = useMutation(trpc.records.vendors.archive.mutationOptions());
  const restore = useMutation(trpc.records.vendors.restore.mutationOptions());

  return (
    <section>
      <PageHeader
        title="Vendors"
        meta="Operations keeps the vendor list; archived vendors leave the filters"
      />
      <DataEntryNav />
      <RecordEditor<Vendor>
        title="Vendors"
        noun="vendor"
        query={vendors}
        columns={[
          { header: 'Name', cell: (v) => v.values.name },
          { header: 'Country', cell: (v) => v.values.country || '—' },
          { header: 'Certifications', cell: (v) => v.values.certifications || '—' },
          { header: 'Engagements', cell: (v) => v.engagements, numeric: true },
          { header: 'Status', cell: (v) => (v.archivedAt ? 'Archived' : 'Active') },
        ]}
        rowKey={(v) => String(v.id)}
        rowName={(v) => v.values.name}
        fields={VENDOR_FIELDS}
        schema={vendorValuesSchema}
        blank={blankValues('vendors.csv')}
        canEdit={can('operations')}
        create={(values) => create.mutateAsync({ values })}
        update={(values, vendor) => update.mutateAsync({ id: vendor.id, version: vendor.version, values })}
        remove={{
          label: 'Archive',
          isRemoved: (v) => v.archivedAt !== null,
          run: (v) => archive.mutateAsync({ id: v.id, version: v.version }),
          restore: (v) => restore.mutateAsync({ id: v.id, version: v.version }),
        }}
        emptyText="No vendors yet."
        onChanged={refresh}
      />
    </section>
  );
}
