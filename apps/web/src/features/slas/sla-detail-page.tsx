import { skipToken, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Card } from '../../components/card.tsx';
import { SlaTrendChart } from '../../components/charts/sla-trend-chart.tsx';
import { SLA_STATUS_LABEL, slaTrendRows } from '../../components/charts/sla-trend-points.ts';
import { creditLedgerColumns } from '../../components/credit-ledger.tsx';
import { DataCard } from '../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../components/data-table.tsx';
import { FilteredLink, paths } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { humanize, monthLabel, withUnit } from '../../lib/format.ts';
import { withProgress } from '../../lib/open-month.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';

type Cell = RouterOutputs['slas']['trend'][number]['cells'][number];

/** One SLA: its levels, its trend against them, every month's result and the credits it earned. */
export function SlaDetailPage() {
  const { engagement = '', sla = '' } = useParams();
  const trpc = useTRPC();
  const format = useFormat();
  const { range, openMonth } = useFilters();
  const trend = useQuery(trpc.slas.trend.queryOptions(range ? { ...range, engagement, sla } : skipToken));
  const ledger = useQuery(
    trpc.report.creditLedger.queryOptions(range ? { ...range, engagements: [engagement] } : skipToken),
  );
  const row = trend.data?.[0];
  const credits = ledger.data?.filter((entry) => entry.sla === sla);
  const ledgerColumns = creditLedgerColumns(format).filter((c) => c.key !== 'engagement' && c.key !== 'sla');
  const cellColumns: Column<Cell>[] = [
    {
      key: 'period',
      header: 'Month',
      value: (c) => c.period,
      render: (c) => withProgress(monthLabel(c.period), c.period, openMonth),
    },
    {
      key: 'actual',
      header: 'Actual',
      value: (c) => c.actual,
      kind: 'number',
      render: (c) => withUnit(c.actual, row?.unit ?? ''),
    },
    {
      key: 'status',
      header: 'Status',
      value: (c) => c.status ?? 'not running',
      render: (c) =>
        c.status === null ? (
          'Not running'
        ) : (
          <span className={`pill pill--${c.status}`}>{SLA_STATUS_LABEL[c.status]}</span>
        ),
    },
    { key: 'note', header: 'Vendor’s note', value: (c) => c.note },
  ];

  return (
    <section>
      <PageHeader
        title={row ? `${row.code} · ${row.name}` : `SLA ${sla}`}
        meta={
          <FilteredLink
            to={paths.engagement(engagement)}
            className="back-link"
          >{`Engagement ${engagement}${row ? ` · ${row.engagementName}` : ''}`}</FilteredLink>
        }
      />
      <QueryState
        isPending={trend.isPending}
        error={trend.error}
        isEmpty={trend.data !== undefined && !row}
        emptyText={`Engagement ${engagement} has no SLA ${sla}.`}
      >
        {row ? (
          <div className="cards">
            <Card title="Terms" wide>
              <dl className="terms">
                <div>
                  <dt>Unit</dt>
                  <dd>{row.unit}</dd>
                </div>
                <div>
                  <dt>Direction</dt>
                  <dd>{humanize(row.direction)}</dd>
                </div>
                <div>
                  <dt>Expected level</dt>
                  <dd>
                    {row.expected} {row.unit}
                  </dd>
                </div>
                <div>
                  <dt>Minimum level</dt>
                  <dd>{row.minimum === null ? 'None' : withUnit(row.minimum, row.unit)}</dd>
                </div>
                <div>
                  <dt>Kind</dt>
                  <dd>{humanize(row.kind)}</dd>
                </div>
                <div>
                  <dt>Credit allocation</dt>
                  <dd>{row.allocationPct === null ? '—' : format.format('pct', row.allocationPct)}</dd>
                </div>
              </dl>
            </Card>
            <DataCard
              title="Trend against the levels"
              query={trend}
              range={range}
              isEmpty={(rows) => rows.every((r) => r.cells.every((c) => c.actual === null))}
              emptyText="No measurements in the range."
              exportOf={() => ({ columns: csvColumns(cellColumns), rows: row.cells })}
            >
              {() => {
                const shaped = slaTrendRows(row);
                return (
                  <SlaTrendChart
                    label={`Trend of ${row.code}`}
                    rows={shaped.rows}
                    expected={shaped.expected}
                    minimum={shaped.minimum}
                    unit={row.unit}
                  />
                );
              }}
            </DataCard>
            <DataCard
              title="Month by month"
              query={{ data: row.cells, isPending: false, error: null }}
              range={range}
              isEmpty={(cells) => cells.length === 0}
              emptyText="No month of the range is counted yet."
              exportOf={(cells) => ({ columns: csvColumns(cellColumns), rows: cells })}
            >
              {(cells) => (
                <DataTable
                  label="Measurements"
                  rows={cells}
                  columns={cellColumns}
                  rowKey={(c) => c.period}
                  format={format}
                  sortable={false}
                  maxHeight={300}
                />
              )}
            </DataCard>
            <DataCard
              wide
              title="Service credits"
              query={{ data: credits, isPending: ledger.isPending, error: ledger.error }}
              range={range}
              isEmpty={(rows) => rows.length === 0}
              emptyText={
                row.kind === 'critical'
                  ? 'No credit arose in the range.'
                  : 'Key SLAs earn no service credits.'
              }
              exportOf={(rows) => ({ columns: csvColumns(ledgerColumns), rows })}
            >
              {(rows) => (
                <DataTable
                  label="Service credits"
                  rows={rows}
                  columns={ledgerColumns}
                  rowKey={(r) => r.period}
                  format={format}
                />
              )}
            </DataCard>
          </div>
        ) : null}
      </QueryState>
    </section>
  );
}
