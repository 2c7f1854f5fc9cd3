import { skipToken, useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../components/charts/chart-card.tsx';
import { SeriesChart } from '../../components/charts/series-chart.tsx';
import { DataCard } from '../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../components/data-table.tsx';
import { paths, useDrillDown } from '../../components/filtered-link.tsx';
import { OtherTypeSelectedPage } from '../../components/other-type-selected-page.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import type { ChartSeries } from '../../lib/chart-rows.ts';
import { COLORS } from '../../lib/colors.ts';
import { forType } from '../../lib/filters.ts';
import type { Formatters } from '../../lib/format.ts';
import { BASELINE_VS_NET_COST } from '../../lib/savings-series.ts';
import { shapeQuery } from '../../lib/shape-query.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import { bpoQueries } from './bpo-queries.ts';
import {
  type BreakdownRow,
  creditShare,
  cumulativeSavings,
  type Dimension,
  savingsBreakdown,
  savingsOverTime,
} from './bpo-savings-data.ts';

const OVER_TIME: ChartSeries[] = [
  ...BASELINE_VS_NET_COST,
  { key: 'savings', label: 'Savings', kind: 'money', color: COLORS.ok, type: 'bar' },
];
const CUMULATIVE: ChartSeries[] = [
  { key: 'realized', label: 'Realized savings', kind: 'money', color: COLORS.ok, type: 'area' },
  {
    key: 'planned',
    label: 'Planned savings',
    kind: 'money',
    color: COLORS.brand,
    type: 'line',
    dashed: true,
  },
];
const CREDIT_SHARE: ChartSeries[] = [
  { key: 'arose', label: 'Credits that arose', kind: 'pct', color: COLORS.warn, type: 'bar' },
  {
    key: 'withheld',
    label: 'Credits withheld (owed + pending)',
    kind: 'pct',
    color: COLORS.bad,
    type: 'line',
  },
];
const BREAKDOWN: ChartSeries[] = [
  { key: 'savings', label: 'Savings', kind: 'money', color: COLORS.ok, type: 'bar' },
];

function breakdownColumns(first: string): Column<BreakdownRow>[] {
  return [
    { key: 'label', header: first, value: (r) => r.label },
    { key: 'baseline', header: 'Baseline', value: (r) => r.baseline, kind: 'money', exportOnly: true },
    { key: 'netCost', header: 'Net cost', value: (r) => r.netCost, kind: 'money', exportOnly: true },
    { key: 'savings', header: 'Savings', value: (r) => r.savings, kind: 'money' },
    { key: 'savingsPct', header: 'Savings %', value: (r) => r.savingsPct, kind: 'pct' },
  ];
}

function BreakdownCard({
  title,
  dimension,
  first,
  format,
  onSelect,
}: {
  title: string;
  dimension: Dimension;
  first: string;
  format: Formatters;
  onSelect?: (key: string) => void;
}) {
  const trpc = useTRPC();
  const { input, range } = useFilters();
  const bpo = input ? forType(input, 'BPO') : null;
  const query = useQuery(
    trpc.report.series.queryOptions(bpo ? { ...bpo, by: dimension, perMonth: false } : skipToken),
  );
  const columns = breakdownColumns(first);
  return (
    <DataCard
      title={title}
      subtitle={onSelect ? 'Select a bar or row to open it' : undefined}
      query={shapeQuery(query, (points) => savingsBreakdown(points, dimension))}
      range={range}
      isEmpty={(rows) => rows.length === 0}
      emptyText="No BPO engagement with a baseline for these filters."
      exportOf={(rows) => ({ columns: csvColumns(columns), rows })}
    >
      {(rows) => (
        <>
          <SeriesChart
            label={title}
            rows={rows}
            series={BREAKDOWN}
            format={format}
            layout="vertical"
            height={Math.max(160, rows.length * 30 + 60)}
            onSelect={onSelect ? (row) => onSelect(row.key) : undefined}
            first={first}
            table={false}
          />
          <DataTable
            label={title}
            rows={rows}
            columns={columns}
            rowKey={(r) => r.key}
            format={format}
            maxHeight={240}
            onActivate={onSelect ? (r) => onSelect(r.key) : undefined}
            activateLabel={(r) => `Open ${r.label}`}
          />
        </>
      )}
    </DataCard>
  );
}

export function BpoSavingsPage() {
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const { input, range, openMonth } = useFilters();
  const bpo = input ? forType(input, 'BPO') : null;
  const queries = bpoQueries(trpc, { input });
  const report = useQuery(queries.report);
  const trend = useQuery(queries.trend);
  const totals = report.data?.totals;
  const last = trend.data?.at(-1);

  if (input && !bpo) {
    return <OtherTypeSelectedPage title="BPO savings" type="BPO" />;
  }
  return (
    <section>
      <PageHeader
        title="BPO savings"
        meta="Net cost against the in-house baseline, realized against planned savings, for finance."
      />
      <QueryState isPending={report.isPending} error={report.error} isEmpty={false} emptyText="">
        {totals ? (
          <TileGrid label="Savings figures" inProgress={openMonth}>
            <Tile label="Baseline (in-house)" {...format.tile('money', totals.baseline)} />
            <Tile label="Net cost" {...format.tile('money', totals.netCost)} detail="all BPO engagements" />
            <Tile
              label="Savings"
              {...format.tile('money', totals.savings)}
              detail={`${format.format('pct', totals.savingsPct)} of baseline`}
            />
            <Tile
              label="Planned savings"
              {...format.tile('money', last?.cumulativePlannedSavings ?? null)}
              detail="over the same months"
            />
            <Tile label="Charges" {...format.tile('money', totals.charges)} />
            <Tile label="Credits owed" {...format.tile('money', totals.creditsOwed)} />
            <Tile label="Credits pending" {...format.tile('money', totals.creditsPending)} />
          </TileGrid>
        ) : null}
      </QueryState>
      <div className="cards">
        <ChartCard
          title="Baseline vs net cost over time"
          query={shapeQuery(trend, savingsOverTime)}
          series={OVER_TIME}
          format={format}
          range={range}
        />
        <ChartCard
          title="Cumulative savings, realized vs planned"
          query={shapeQuery(trend, cumulativeSavings)}
          series={CUMULATIVE}
          format={format}
          range={range}
        />
        <BreakdownCard
          title="Savings by service line"
          dimension="serviceLine"
          first="Service line"
          format={format}
        />
        <BreakdownCard
          title="Savings by vendor"
          dimension="vendor"
          first="Vendor"
          format={format}
          onSelect={(vendor) => drill(paths.vendor(vendor))}
        />
        <BreakdownCard title="Savings by location" dimension="location" first="Location" format={format} />
        <ChartCard
          title="Credits as a share of charges"
          subtitle="Service credits of the month ÷ its charges"
          query={shapeQuery(trend, creditShare)}
          series={CREDIT_SHARE}
          format={format}
          range={range}
        />
      </div>
    </section>
  );
}
