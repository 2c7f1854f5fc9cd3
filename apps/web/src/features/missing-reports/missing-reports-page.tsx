import { formatMonth, type MissingReportRow } from '@portfolio/domain';
import { skipToken, useQuery } from '@tanstack/react-query';
import { Card } from '../../components/card.tsx';
import { DataCard } from '../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../components/data-table.tsx';
import { paths, useDrillDown } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import { shortMonthLabel } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import { VendorRequest } from './vendor-request.tsx';
import './missing-reports.css';
import { engagementColumn } from '../../components/columns.tsx';

const columns: Column<MissingReportRow>[] = [
  { key: 'vendor', header: 'Vendor', value: (r) => r.vendor },
  engagementColumn(),
  { key: 'engagementName', header: 'Engagement name', value: (r) => r.engagementName, exportOnly: true },
  {
    key: 'sla',
    header: 'SLA',
    value: (r) => r.sla,
    render: (r) => (
      <abbr className="clip clip--narrow" title={r.slaName}>
        {r.sla}
      </abbr>
    ),
  },
  { key: 'slaName', header: 'SLA name', value: (r) => r.slaName, exportOnly: true },
  { key: 'period', header: 'Month', value: (r) => r.period, render: (r) => shortMonthLabel(r.period) },
  { key: 'days', header: 'Days since closed', value: (r) => r.daysSinceClosed, kind: 'count' },
];

/**
 * The SLAs left unreported in the closed months of the range, per vendor, to chase: a table of every SLA-month
 * (exported as CSV) and, per vendor, the request to send. The open month is never listed: its reports are not due.
 */
export function MissingReportsPage() {
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const { input, range } = useFilters();
  const query = useQuery(trpc.slas.missingReports.queryOptions(input ?? skipToken));
  const data = query.data;
  const months = data?.months;
  return (
    <section>
      <PageHeader
        title="Missing reports"
        meta="SLAs without a report for a closed month, per vendor, and the request to send them. For operations."
      />
      <QueryState isPending={query.isPending} error={query.error} isEmpty={false} emptyText="">
        {data ? (
          <>
            <p className="note" data-testid="missing-months">
              {months?.from && months.to
                ? `Closed months ${formatMonth(months.from)} – ${formatMonth(months.to)}, as of ${data.today}. The month in progress is not listed: its reports are not due yet.`
                : 'The range has no closed month yet: reports are due once a month has ended.'}
            </p>
            <TileGrid label="Missing report figures">
              <Tile label="SLA-months missing" {...format.tile('count', data.rows.length)} />
              <Tile label="Vendors to chase" {...format.tile('count', data.vendors.length)} />
              <Tile
                label="Oldest"
                {...format.tile(
                  'days',
                  data.vendors.length === 0 ? null : Math.max(...data.vendors.map((v) => v.oldestDays)),
                )}
                detail="days since the month closed"
              />
            </TileGrid>
          </>
        ) : null}
      </QueryState>
      <div className="cards">
        <DataCard
          wide
          title="Missing SLA reports"
          subtitle="Each SLA and closed month without a measurement, oldest first per vendor"
          query={{ data: data?.rows, isPending: query.isPending, error: query.error }}
          range={range}
          isEmpty={(rows) => rows.length === 0}
          emptyText="Every SLA reported every closed month of the range."
          exportOf={(rows) => ({ columns: csvColumns(columns), rows })}
        >
          {(rows) => (
            <DataTable
              label="Missing SLA reports"
              rows={rows}
              columns={columns}
              rowKey={(r) => `${r.engagement}/${r.sla}/${r.period}`}
              format={format}
              maxHeight={420}
              onActivate={(r) => drill(paths.sla(r.engagement, r.sla))}
              activateLabel={(r) => `Open SLA ${r.sla} of ${r.engagement}`}
            />
          )}
        </DataCard>
        <Card title="Requests to vendors" wide>
          <p className="note">
            Vendors’ email addresses are not on record: “Email request” opens your mail program with the
            subject and the list filled in, and you choose the recipient.
          </p>
          {data && data.vendors.length > 0 ? (
            data.vendors.map((vendor) => <VendorRequest key={vendor.vendor} vendor={vendor} />)
          ) : (
            <p className="note">Nothing to request.</p>
          )}
        </Card>
      </div>
    </section>
  );
}
