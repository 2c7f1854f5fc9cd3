import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../components/charts/chart-card.tsx';
import { clippedColumn, engagementColumn } from '../../components/columns.tsx';
import type { Column } from '../../components/data-table.tsx';
import { paths, useDrillDown } from '../../components/filtered-link.tsx';
import { OtherTypeSelectedPage } from '../../components/other-type-selected-page.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { TableCard } from '../../components/table-card.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import type { ChartSeries } from '../../lib/chart-rows.ts';
import { COLORS } from '../../lib/colors.ts';
import { forType } from '../../lib/filters.ts';
import { dateLabel, humanize } from '../../lib/format.ts';
import { shapeQuery } from '../../lib/shape-query.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import {
  adoptionAndValue,
  costPerDeliverable,
  cycleTime,
  deliveries,
  qualityAndRework,
} from './kpo-insights-data.ts';
import { kpoQueries } from './kpo-queries.ts';

type Overdue = RouterOutputs['insight']['overdue']['rows'][number];

const DELIVERIES: ChartSeries[] = [
  { key: 'onTime', label: 'On time', kind: 'count', color: COLORS.ok, type: 'bar', stackId: 'd' },
  { key: 'late', label: 'Late', kind: 'count', color: COLORS.bad, type: 'bar', stackId: 'd' },
];
const CYCLE: ChartSeries[] = [
  {
    key: 'medianCycleDays',
    label: 'Median cycle time (days)',
    kind: 'days',
    color: COLORS.kpo,
    type: 'line',
  },
];
const QUALITY: ChartSeries[] = [
  { key: 'reworkPct', label: 'Rework rate', kind: 'pct', color: COLORS.warn, type: 'bar', axis: 'right' },
  {
    key: 'meanQuality',
    label: 'Mean quality (1–5)',
    kind: 'rating',
    color: COLORS.kpo,
    type: 'line',
    domain: [0, 5],
  },
];
const ADOPTION: ChartSeries[] = [
  { key: 'valueRealized', label: 'Value realized', kind: 'money', color: COLORS.teal, type: 'bar' },
  {
    key: 'adoptionPct',
    label: 'Adoption rate',
    kind: 'pct',
    color: COLORS.brand,
    type: 'line',
    axis: 'right',
  },
];
const COST: ChartSeries[] = [
  { key: 'costPerDeliverable', label: 'Cost per deliverable', kind: 'money', color: COLORS.kpo, type: 'bar' },
];

export function KpoInsightsPage() {
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const { input, range, openMonth } = useFilters();
  const kpo = input ? forType(input, 'KPO') : null;
  const queries = kpoQueries(trpc, { input });
  const report = useQuery(queries.report);
  const monthly = useQuery(queries.monthly);
  const overdue = useQuery(queries.overdue);
  const insight = report.data?.insight;

  const overdueColumns: Column<Overdue>[] = [
    engagementColumn(),
    { key: 'vendor', header: 'Vendor', value: (r) => r.vendor },
    { key: 'code', header: 'Code', value: (r) => r.code },
    clippedColumn('title', 'Deliverable', (r) => r.title, 'narrow'),
    { key: 'requestedDate', header: 'Requested', value: (r) => r.requestedDate },
    { key: 'dueDate', header: 'Due', value: (r) => r.dueDate, render: (r) => dateLabel(r.dueDate) },
    {
      key: 'status',
      header: 'Status',
      value: (r) => r.status,
      render: (r) => humanize(r.status),
      exportOnly: true,
    },
    { key: 'daysOverdue', header: 'Overdue', value: (r) => r.daysOverdue, kind: 'days' },
  ];

  if (input && !kpo) {
    return <OtherTypeSelectedPage title="KPO insight delivery" type="KPO" />;
  }
  return (
    <section>
      <PageHeader
        title="KPO insight delivery"
        meta="Deliverables on time, their quality, and whether they were acted on."
      />
      <QueryState isPending={report.isPending} error={report.error} isEmpty={false} emptyText="">
        {insight ? (
          <TileGrid label="Insight figures" inProgress={openMonth}>
            <Tile label="Delivered" {...format.tile('count', insight.delivered)} />
            <Tile label="On time" {...format.tile('pct', insight.onTimePct)} />
            <Tile label="Median cycle time" {...format.tile('days', insight.medianCycleDays)} />
            <Tile label="Mean quality" {...format.tile('rating', insight.meanQuality)} detail="rating 1–5" />
            <Tile label="Rework rate" {...format.tile('pct', insight.reworkPct)} />
            <Tile label="Adoption rate" {...format.tile('pct', insight.adoptionPct)} />
            <Tile label="Value realized" {...format.tile('money', insight.valueRealized)} />
            <Tile label="Cost per deliverable" {...format.tile('money', insight.costPerDeliverable)} />
            <Tile label="Overdue" {...format.tile('count', insight.overdue)} />
          </TileGrid>
        ) : null}
      </QueryState>
      <div className="cards">
        <ChartCard
          title="Delivered per month, on time vs late"
          query={shapeQuery(monthly, deliveries)}
          series={DELIVERIES}
          format={format}
          range={range}
          emptyText="Nothing was delivered in the range."
        />
        <ChartCard
          title="Cycle time trend"
          subtitle="Median days from request to delivery"
          query={shapeQuery(monthly, cycleTime)}
          series={CYCLE}
          format={format}
          range={range}
          emptyText="Nothing was delivered in the range."
        />
        <ChartCard
          title="Quality and rework"
          query={shapeQuery(monthly, qualityAndRework)}
          series={QUALITY}
          format={format}
          range={range}
          emptyText="Nothing was delivered in the range."
        />
        <ChartCard
          title="Adoption and value realized"
          subtitle="Deliverables acted on, and their estimated value"
          query={shapeQuery(monthly, adoptionAndValue)}
          series={ADOPTION}
          format={format}
          range={range}
          emptyText="Nothing was delivered in the range."
        />
        <ChartCard
          title="Cost per deliverable"
          subtitle="KPO net cost of the month ÷ deliverables delivered"
          query={shapeQuery(monthly, costPerDeliverable)}
          series={COST}
          format={format}
          range={range}
          emptyText="Nothing was delivered in the range."
        />
        <TableCard
          title="Overdue deliverables"
          subtitle="Due before the as-of date and not delivered by it"
          query={overdue}
          range={range}
          emptyText="No deliverable is overdue."
          rowsOf={(data) => data.rows}
          columns={overdueColumns}
          exportOnly={['vendor', 'requestedDate', 'code']}
          rowKey={(r) => `${r.engagement}/${r.code}`}
          format={format}
          maxHeight={300}
          onActivate={(r) => drill(paths.engagement(r.engagement))}
          activateLabel={(r) => `Open engagement ${r.engagement}`}
        />
      </div>
    </section>
  );
}
