import { skipToken, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Card } from '../../components/card.tsx';
import { SlaTrendChart } from '../../components/charts/sla-trend-chart.tsx';
import { slaTrendRows } from '../../components/charts/sla-trend-points.ts';
import { engagementColumn } from '../../components/columns.tsx';
import { creditLedgerColumns } from '../../components/credit-ledger.tsx';
import { DataCard } from '../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../components/data-table.tsx';
import { FilteredLink, paths, useDrillDown } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import type { CsvColumn } from '../../lib/csv.ts';
import { humanize, monthLabel, shortMonthLabel, withUnit } from '../../lib/format.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import { FilterableHeatmap } from './filterable-heatmap.tsx';
import { pickSla, toHeatmap } from './sla-data.ts';
import { HeatmapLegend } from './sla-heatmap.tsx';
import { slaQueries } from './sla-queries.ts';

type Breach = RouterOutputs['slas']['breaches']['rows'][number];
type Grid = RouterOutputs['report']['slaGrid'];
type Trend = RouterOutputs['slas']['trend'][number];

function trendCsv(sla: Trend | undefined): CsvColumn<Trend['cells'][number]>[] {
  return [
    { header: 'Month', value: (c) => c.period },
    { header: 'Actual', value: (c) => c.actual },
    { header: 'Status', value: (c) => c.status ?? 'not running' },
    { header: 'Expected', value: () => sla?.expected ?? null },
    { header: 'Minimum', value: () => sla?.minimum ?? null },
  ];
}

function gridCsv(months: readonly string[]): CsvColumn<Grid['rows'][number]>[] {
  return [
    { header: 'Engagement', value: (r) => r.engagement },
    { header: 'SLA', value: (r) => r.code },
    { header: 'Name', value: (r) => r.name },
    { header: 'Kind', value: (r) => r.kind },
    ...months.map((period, index) => ({
      header: period,
      value: (r: Grid['rows'][number]) => r.cells[index]?.status ?? 'not running',
    })),
  ];
}

function SlaTiles() {
  const trpc = useTRPC();
  const format = useFormat();
  const { input, openMonth } = useFilters();
  const report = useQuery(slaQueries(trpc, { input }).report);
  const totals = report.data?.totals;
  return (
    <QueryState isPending={report.isPending} error={report.error} isEmpty={false} emptyText="">
      {totals ? (
        <TileGrid label="SLA figures" inProgress={openMonth}>
          <Tile label="Attainment" {...format.tile('pct', totals.sla.attainmentPct)} />
          <Tile label="Met" {...format.tile('count', totals.sla.met)} detail="SLA-months" />
          <Tile label="Missed" {...format.tile('count', totals.sla.missed)} detail="SLA-months" />
          <Tile label="Breached" {...format.tile('count', totals.sla.breached)} detail="SLA-months" />
          <Tile
            label="Unreported"
            {...format.tile('count', totals.sla.unreported)}
            detail="not counted in attainment"
          />
          <Tile label="Credits owed" {...format.tile('money', totals.creditsOwed)} />
          <Tile label="Credits pending" {...format.tile('money', totals.creditsPending)} />
          <Tile label="Credits earned back" {...format.tile('money', totals.creditsEarnedBack)} />
        </TileGrid>
      ) : null}
    </QueryState>
  );
}

function TrendCard({ grid, range }: { grid: Grid | undefined; range: { from: string; to: string } | null }) {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const chosen = grid ? pickSla(grid, params.get('sla')) : null;
  const [engagement, sla] = chosen ? chosen.split('/') : [];
  const trend = useQuery(
    trpc.slas.trend.queryOptions(range && engagement && sla ? { ...range, engagement, sla } : skipToken),
  );
  const row = trend.data?.[0];
  const shaped = row ? slaTrendRows(row) : null;
  return (
    <DataCard
      title="SLA trend"
      subtitle={row ? `${row.engagement} · ${row.code} ${row.name} (${humanize(row.direction)})` : undefined}
      query={grid && !chosen ? { data: [], isPending: false, error: null } : trend}
      range={range}
      isEmpty={(rows) => rows.length === 0 || rows.every((r) => r.cells.every((c) => c.actual === null))}
      emptyText="No measurements of this SLA in the range."
      exportOf={(rows) => ({ columns: trendCsv(rows[0]), rows: rows[0]?.cells ?? [] })}
    >
      {() => (
        <>
          <label className="inline-select">
            SLA
            <select
              value={chosen ?? ''}
              onChange={(event) =>
                setParams(
                  (previous) => {
                    const next = new URLSearchParams(previous);
                    next.set('sla', event.target.value);
                    return next;
                  },
                  { replace: true },
                )
              }
            >
              {grid?.rows.map((r) => (
                <option key={`${r.engagement}/${r.code}`} value={`${r.engagement}/${r.code}`}>
                  {r.engagement} · {r.code} {r.name}
                </option>
              ))}
            </select>
          </label>
          {shaped && row ? (
            <SlaTrendChart
              label={`Trend of ${row.engagement} ${row.code}`}
              rows={shaped.rows}
              expected={shaped.expected}
              minimum={shaped.minimum}
              unit={row.unit}
            />
          ) : null}
          {row ? (
            <p className="note">
              <FilteredLink to={paths.sla(row.engagement, row.code)}>
                Open {row.code} with its credits
              </FilteredLink>
            </p>
          ) : null}
        </>
      )}
    </DataCard>
  );
}

export function SlasPage() {
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const { input, range, search, openMonth } = useFilters();
  const queries = slaQueries(trpc, { input });
  const grid = useQuery(queries.grid);
  const breaches = useQuery(queries.breaches);
  const ledger = useQuery(queries.ledger);
  const ledgerColumns = creditLedgerColumns(format);

  const breachColumns: Column<Breach>[] = [
    { key: 'period', header: 'Month', value: (r) => r.period, render: (r) => shortMonthLabel(r.period) },
    engagementColumn(),
    { key: 'vendor', header: 'Vendor', value: (r) => r.vendor },
    {
      key: 'sla',
      header: 'SLA',
      value: (r) => `${r.sla} ${r.slaName}`,
      render: (r) => (
        <abbr className="clip clip--narrow" title={r.slaName}>
          {r.sla}
        </abbr>
      ),
    },
    { key: 'kind', header: 'Kind', value: (r) => r.kind, render: (r) => humanize(r.kind) },
    {
      key: 'actual',
      header: 'Actual',
      value: (r) => r.actual,
      kind: 'number',
      render: (r) => withUnit(r.actual, r.unit),
    },
    {
      key: 'expected',
      header: 'Expected',
      value: (r) => r.expected,
      kind: 'number',
      render: (r) => withUnit(r.expected, r.unit),
    },
    {
      key: 'minimum',
      header: 'Minimum',
      value: (r) => r.minimum,
      kind: 'number',
      render: (r) => withUnit(r.minimum, r.unit),
    },
    {
      key: 'note',
      header: 'Vendor’s note',
      value: (r) => r.note,
      render: (r) =>
        r.note ? (
          <span className="clip clip--wide" title={r.note}>
            {r.note}
          </span>
        ) : null,
    },
  ];

  return (
    <section>
      <PageHeader title="SLA performance" meta="Attainment, breaches and service credits, for operations." />
      <SlaTiles />
      <div className="cards">
        <DataCard
          wide
          title="SLA status by month"
          subtitle="Select a cell to open the SLA. ★ marks critical SLAs, which earn credits."
          query={grid}
          range={range}
          isEmpty={(data) => data.rows.length === 0 || data.months.length === 0}
          emptyText="No SLAs for these filters."
          exportOf={(data) => ({ columns: gridCsv(data.months), rows: data.rows })}
        >
          {(data) => {
            const heat = toHeatmap(data, openMonth);
            return (
              <>
                <HeatmapLegend inProgress={openMonth ? monthLabel(openMonth) : null} />
                <FilterableHeatmap
                  months={heat.months}
                  rows={heat.rows}
                  hrefOf={(row) => `${paths.sla(row.engagement, row.sla)}${search}`}
                />
                {data.truncated ? (
                  <p className="note">
                    Showing the first {data.rows.length} SLAs; narrow the filters to see others.
                  </p>
                ) : null}
              </>
            );
          }}
        </DataCard>
        <TrendCard grid={grid.data} range={range} />
        <DataCard
          wide
          title="Breaches"
          subtitle="Measurements worse than the minimum level, latest first, with the vendor’s note"
          query={breaches}
          range={range}
          isEmpty={(data) => data.rows.length === 0}
          emptyText="No SLA was breached in the range."
          exportOf={(data) => ({ columns: csvColumns(breachColumns), rows: data.rows })}
        >
          {(data) => (
            <DataTable
              label="Breaches"
              rows={data.rows}
              columns={breachColumns.filter((c) => !['vendor', 'kind', 'expected'].includes(c.key))}
              rowKey={(r) => `${r.period}/${r.engagement}/${r.sla}`}
              format={format}
              maxHeight={320}
              onActivate={(r) => drill(paths.sla(r.engagement, r.sla))}
              activateLabel={(r) => `Open SLA ${r.sla} of ${r.engagement}`}
            />
          )}
        </DataCard>
        <DataCard
          wide
          title="Credit ledger"
          subtitle="Every service credit that arose in the range, its status and why"
          query={ledger}
          range={range}
          isEmpty={(rows) => rows.length === 0}
          emptyText="No service credit arose in the range."
          exportOf={(rows) => ({ columns: csvColumns(ledgerColumns), rows })}
        >
          {(rows) => (
            <DataTable
              label="Credit ledger"
              rows={rows}
              columns={ledgerColumns}
              rowKey={(r) => `${r.period}/${r.engagement}/${r.sla}`}
              format={format}
              maxHeight={480}
              onActivate={(r) => drill(paths.sla(r.engagement, r.sla))}
              activateLabel={(r) => `Open SLA ${r.sla} of ${r.engagement}`}
            />
          )}
        </DataCard>
      </div>
      <Card title="How SLAs are judged" wide>
        <p className="note">
          Met: the actual reaches the expected level. Missed: it does not, but reaches the minimum. Breached:
          it fails the minimum. Unreported months are shown but not counted in attainment. Only critical SLAs
          earn service credits.
        </p>
      </Card>
    </section>
  );
}
