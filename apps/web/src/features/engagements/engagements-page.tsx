import { SERVICE_LINE_LABELS } from '@portfolio/domain';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { clippedColumn } from '../../components/columns.tsx';
import type { Column } from '../../components/data-table.tsx';
import { paths, useDrillDown } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { TableCard } from '../../components/table-card.tsx';
import { humanize } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import { engagementQueries } from './engagement-queries.ts';
import { type EngagementRow, searchEngagements, withFigures } from './engagement-rows.ts';

/** Every engagement the filters select, with its figures of the range; sortable, searchable, each row opens it. */
export function EngagementsPage() {
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const { input, range } = useFilters();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const queries = engagementQueries(trpc, { input });
  const list = useQuery(queries.list);
  const report = useQuery(queries.report);
  const all = list.data ? withFigures(list.data, report.data) : undefined;
  const rows = all ? searchEngagements(all, text) : undefined;

  const columns: Column<EngagementRow>[] = [
    {
      key: 'code',
      header: 'Code',
      value: (r) => r.code,
      render: (r) => (
        <span className="mono" title={humanize(r.status)}>
          <span className={`row-status row-status--${r.status}`} aria-hidden="true">
            ●
          </span>
          {r.code}
        </span>
      ),
    },
    clippedColumn('name', 'Name', (r) => r.name),
    clippedColumn('vendor', 'Vendor', (r) => r.vendor, 'narrow'),
    {
      key: 'type',
      header: 'Type',
      value: (r) => r.type,
      render: (r) => <span className={`badge badge--${r.type.toLowerCase()}`}>{r.type}</span>,
    },
    clippedColumn('serviceLine', 'Service line', (r) => SERVICE_LINE_LABELS[r.serviceLine], 'narrow'),
    { key: 'location', header: 'Location', value: (r) => humanize(r.location), exportOnly: true },
    { key: 'businessUnit', header: 'Business unit', value: (r) => r.businessUnit, exportOnly: true },
    { key: 'owner', header: 'Owner', value: (r) => r.owner, exportOnly: true },
    { key: 'currency', header: 'Currency', value: (r) => r.currency, exportOnly: true },
    {
      key: 'status',
      header: 'Status',
      value: (r) => r.status,
      exportOnly: true,
    },
    {
      key: 'charges',
      header: 'Charges',
      value: (r) => r.figures?.charges ?? null,
      kind: 'money',
      exportOnly: true,
    },
    { key: 'netCost', header: 'Net cost', value: (r) => r.figures?.netCost ?? null, kind: 'money' },
    { key: 'savingsPct', header: 'Savings %', value: (r) => r.figures?.savingsPct ?? null, kind: 'pct' },
    {
      key: 'attainment',
      header: 'Attainment',
      value: (r) => r.figures?.sla.attainmentPct ?? null,
      kind: 'pct',
    },
  ];

  return (
    <section>
      <PageHeader
        title="Engagements"
        meta={
          all && rows
            ? `${rows.length} of ${all.length} engagements; figures for the range in ${format.currency}`
            : undefined
        }
      >
        <div className="toolbar">
          <label>
            Search
            <input
              type="search"
              placeholder="Code, name, vendor or owner"
              value={text}
              onChange={(event) =>
                setParams(
                  (previous) => {
                    const next = new URLSearchParams(previous);
                    if (event.target.value) next.set('q', event.target.value);
                    else next.delete('q');
                    return next;
                  },
                  { replace: true },
                )
              }
            />
          </label>
        </div>
      </PageHeader>
      <TableCard
        title="Engagements"
        subtitle="Select a row to open the engagement; select a header to sort"
        query={{ data: rows, isPending: list.isPending, error: list.error ?? report.error }}
        range={range}
        emptyText={all?.length ? 'No engagement matches the filter.' : 'No engagements for these filters.'}
        rowsOf={(data) => data}
        columns={columns}
        rowKey={(r) => r.code}
        format={format}
        initialSort={{ key: 'code', direction: 'asc' }}
        onActivate={(r) => drill(paths.engagement(r.code))}
        activateLabel={(r) => `Open ${r.code} ${r.name}`}
      />
    </section>
  );
}
