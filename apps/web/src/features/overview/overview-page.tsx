import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../components/charts/chart-card.tsx';
import { clippedColumn, engagementColumn, slaColumn } from '../../components/columns.tsx';
import type { Column } from '../../components/data-table.tsx';
import { paths, useDrillDown } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { TableCard } from '../../components/table-card.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import type { ChartSeries } from '../../lib/chart-rows.ts';
import { COLORS } from '../../lib/colors.ts';
import { dateLabel, type Formatters, monthLabel, plural, shortMonthLabel, signed } from '../../lib/format.ts';
import { periodChange } from '../../lib/period-change.ts';
import { BASELINE_VS_NET_COST } from '../../lib/savings-series.ts';
import { shapeQuery } from '../../lib/shape-query.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import {
  attainmentTrend,
  baselineVsNetCost,
  hasFigures,
  monthsWithFigures,
  netCostBars,
  overviewTiles,
  spendByType,
  type TileSpec,
} from './overview-data.ts';
import { overviewQueries, selectsBpo } from './overview-queries.ts';

type TopBreach = RouterOutputs['slas']['topBreaches'][number];
type Overdue = RouterOutputs['insight']['overdue']['rows'][number];

const SPEND_SERIES: ChartSeries[] = [
  { key: 'bpo', label: 'BPO', kind: 'money', color: COLORS.bpo, type: 'bar', stackId: 'spend' },
  { key: 'kpo', label: 'KPO', kind: 'money', color: COLORS.kpo, type: 'bar', stackId: 'spend' },
];
const ATTAINMENT_SERIES: ChartSeries[] = [
  { key: 'breached', label: 'Breaches', kind: 'count', color: COLORS.bad, type: 'bar', axis: 'right' },
  { key: 'attainment', label: 'Attainment', kind: 'pct', color: COLORS.ok, type: 'line' },
];
const TOP_SERIES: ChartSeries[] = [
  { key: 'netCost', label: 'Net cost', kind: 'money', color: COLORS.brand, type: 'bar' },
];

function TileView({ spec, format, compared }: { spec: TileSpec; format: Formatters; compared: boolean }) {
  const change = periodChange(spec.kind, spec.current, spec.previous, spec.better);
  const changeText = change
    ? spec.kind === 'pct'
      ? signed(change.delta, (points) => `${format.format('number', points)} pts`)
      : `${signed(change.delta, (amount) => format.brief(spec.kind, amount))}${
          change.pct === null ? '' : ` (${signed(change.pct, (pct) => format.format('pct', pct))})`
        }`
    : null;
  return (
    <Tile
      label={spec.label}
      {...format.tile(spec.kind, spec.current)}
      detail={
        spec.detail
          ? spec.detail.value === null
            ? spec.detail.label
            : `${format.format(spec.detail.kind, spec.detail.value)} ${spec.detail.label}`
          : undefined
      }
      change={
        change && changeText ? { text: changeText, direction: change.direction, tone: change.tone } : null
      }
      changeNote={compared && !change ? 'no data to compare' : undefined}
    />
  );
}

function Tiles({ queries }: { queries: ReturnType<typeof overviewQueries> }) {
  const format = useFormat();
  const { comparison, range, info, openMonth } = useFilters();
  const current = useQuery(queries.summary);
  const previous = useQuery(queries.previousSummary);
  // Months with figures on each side: a period with fewer (a year the data only begins in) is no fair comparison.
  const nowMonths = useQuery(queries.byMonth);
  const thenMonths = useQuery(queries.previousByMonth);
  const today = info.data?.today;
  const covered = thenMonths.data ? monthsWithFigures(thenMonths.data) : null;
  const partial =
    covered !== null && nowMonths.data !== undefined && covered < monthsWithFigures(nowMonths.data);
  const empty = (previous.data !== undefined && !hasFigures(previous.data)) || partial;
  const span = comparison ? `${monthLabel(comparison.from)} – ${monthLabel(comparison.to)}` : '';
  return (
    <QueryState isPending={current.isPending} error={current.error} isEmpty={false} emptyText="">
      {current.data ? (
        <>
          <p className="note" data-testid="comparison">
            {comparison
              ? empty
                ? `${span} has ${covered ? `figures in ${plural(covered, 'month')} only` : 'no data'}: there is nothing to compare with.`
                : `Changes compare with ${span}.`
              : range && today
                ? `The range starts after ${monthLabel(today.slice(0, 7))}: its months have no figures yet, and nothing to compare with.`
                : ''}
            {previous.error ? ` The comparison could not be loaded: ${previous.error.message}` : ''}
          </p>
          <TileGrid label="Key figures" inProgress={openMonth}>
            {overviewTiles(current.data, empty ? undefined : previous.data).map((spec) => (
              <TileView key={spec.key} spec={spec} format={format} compared={previous.data !== undefined} />
            ))}
          </TileGrid>
        </>
      ) : null}
    </QueryState>
  );
}

export function OverviewPage() {
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const filters = useFilters();
  const { range } = filters;
  const queries = overviewQueries(trpc, filters);
  const byType = useQuery(queries.byType);
  const total = useQuery(queries.byMonth);
  const byEngagement = useQuery(queries.largest);
  const savings = useQuery(queries.savings);
  const topBreaches = useQuery(queries.topBreaches);
  const overdue = useQuery(queries.overdue);

  const breachColumns: Column<TopBreach>[] = [
    engagementColumn(),
    slaColumn(),
    { key: 'vendor', header: 'Vendor', value: (r) => r.vendor, exportOnly: true },
    { key: 'breached', header: 'Breaches', value: (r) => r.breached, kind: 'count' },
    { key: 'missed', header: 'Missed', value: (r) => r.missed, kind: 'count', exportOnly: true },
    {
      key: 'lastBreach',
      header: 'Last breach',
      value: (r) => r.lastBreach,
      render: (r) => shortMonthLabel(r.lastBreach),
    },
  ];
  const overdueColumns: Column<Overdue>[] = [
    engagementColumn(),
    clippedColumn('title', 'Deliverable', (r) => r.title, 'narrow'),
    { key: 'vendor', header: 'Vendor', value: (r) => r.vendor, exportOnly: true },
    { key: 'dueDate', header: 'Due', value: (r) => r.dueDate, render: (r) => dateLabel(r.dueDate) },
    { key: 'daysOverdue', header: 'Overdue', value: (r) => r.daysOverdue, kind: 'days' },
  ];

  return (
    <section>
      <PageHeader title="Overview" meta="Spend, savings, SLA performance and credits across the portfolio." />
      <Tiles queries={queries} />
      <div className="cards">
        <ChartCard
          title="Monthly spend, BPO and KPO"
          query={shapeQuery(byType, spendByType)}
          series={SPEND_SERIES}
          format={format}
          range={range}
        />
        <ChartCard
          title="Baseline vs net cost (BPO)"
          subtitle="What the work cost in-house against what it costs now"
          query={
            filters.input && selectsBpo(filters.input)
              ? shapeQuery(savings, baselineVsNetCost)
              : { data: [], isPending: false, error: null }
          }
          series={BASELINE_VS_NET_COST}
          format={format}
          range={range}
        />
        <ChartCard
          title="SLA attainment trend"
          query={shapeQuery(total, attainmentTrend)}
          series={ATTAINMENT_SERIES}
          format={format}
          range={range}
        />
        <ChartCard
          title="Largest engagements by net cost"
          subtitle="Select a bar to open the engagement"
          query={shapeQuery(byEngagement, netCostBars)}
          series={TOP_SERIES}
          format={format}
          range={range}
          layout="vertical"
          first="Engagement"
          onSelect={(row) => drill(paths.engagement(row.key))}
        />
        <TableCard
          title="Top SLA breaches"
          subtitle="SLAs breached most often in the range"
          query={topBreaches}
          range={range}
          emptyText="No SLA was breached in the range."
          rowsOf={(rows) => rows}
          columns={breachColumns}
          rowKey={(r) => `${r.engagement}/${r.sla}`}
          format={format}
          sortable={false}
          onActivate={(r) => drill(paths.sla(r.engagement, r.sla))}
          activateLabel={(r) => `Open SLA ${r.sla} of ${r.engagement}`}
        />
        <TableCard
          title="Overdue deliverables"
          subtitle="KPO deliverables due and not delivered"
          query={overdue}
          range={range}
          emptyText="No deliverable is overdue."
          rowsOf={(data) => data.rows}
          columns={overdueColumns}
          rowKey={(r) => `${r.engagement}/${r.code}`}
          format={format}
          sortable={false}
          onActivate={(r) => drill(paths.engagement(r.engagement))}
          activateLabel={(r) => `Open engagement ${r.engagement}`}
        />
      </div>
    </section>
  );
}
