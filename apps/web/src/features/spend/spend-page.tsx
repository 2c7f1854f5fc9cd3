import { LOCATIONS, type Location } from '@portfolio/domain';
import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../components/charts/chart-card.tsx';
import { SeriesChart } from '../../components/charts/series-chart.tsx';
import { DataCard } from '../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../components/data-table.tsx';
import { paths, useDrillDown } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import type { ChartSeries } from '../../lib/chart-rows.ts';
import { COLORS } from '../../lib/colors.ts';
import { humanize, monthLabel } from '../../lib/format.ts';
import { shapeQuery } from '../../lib/shape-query.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import { BudgetTableCard } from './budget-table-card.tsx';
import { CreditNotesTile } from './credit-notes-tile.tsx';
import {
  budgetBars,
  budgetPath,
  categoryBars,
  currencyBars,
  currentYear,
  spendBreakdown,
} from './spend-data.ts';
import { spendQueries } from './spend-queries.ts';

type Currency = RouterOutputs['spend']['byCurrency'][number];
type FiscalYear = RouterOutputs['spend']['budget']['years'][number];

const SPEND: ChartSeries[] = [
  { key: 'charges', label: 'Charges', kind: 'money', color: COLORS.brand, type: 'bar' },
  { key: 'netCost', label: 'Net cost', kind: 'money', color: COLORS.teal, type: 'bar' },
];
const CHARGES: ChartSeries[] = [
  { key: 'charges', label: 'Charges', kind: 'money', color: COLORS.brand, type: 'bar' },
];
const BUDGET: ChartSeries[] = [
  { key: 'budget', label: 'Budget', kind: 'money', color: COLORS.grey, type: 'bar' },
  { key: 'actual', label: 'Actual to date', kind: 'money', color: COLORS.brand, type: 'bar' },
  { key: 'forecast', label: 'Run-rate forecast', kind: 'money', color: COLORS.warn, type: 'bar' },
];
// Drawn in this order, so the budget line lies on top: the forecast (dashed, translucent, from the last month with
// charges on) never hides it, even in a month just begun when the two run together.
const PATH: ChartSeries[] = [
  { key: 'actual', label: 'Actual (cumulative)', kind: 'money', color: COLORS.brand, type: 'area' },
  {
    key: 'forecast',
    label: 'Run-rate forecast',
    kind: 'money',
    color: COLORS.warn,
    type: 'line',
    dashed: true,
    opacity: 0.7,
  },
  { key: 'budget', label: 'Budget (cumulative)', kind: 'money', color: COLORS.grey, type: 'line' },
];

export function SpendPage() {
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const { input, range, openMonth } = useFilters();
  const queries = spendQueries(trpc, { input });
  const report = useQuery(queries.report);
  const byVendor = useQuery(queries.byVendor);
  const byLocation = useQuery(queries.byLocation);
  const byCategory = useQuery(queries.byCategory);
  const byCurrency = useQuery(queries.byCurrency);
  const budget = useQuery(queries.budget);
  const totals = report.data?.totals;
  const locationOrder = (key: string) => LOCATIONS.indexOf(key as Location);

  const currencyColumns: Column<Currency>[] = [
    { key: 'currency', header: 'Billed in', value: (r) => r.currency },
    {
      key: 'amount',
      header: 'Amount billed',
      value: (r) => r.amount,
      kind: 'number',
      render: (r) => format.moneyIn(r.currency, r.amount),
    },
    { key: 'charges', header: `In ${format.currency}`, value: (r) => r.charges, kind: 'money' },
    {
      key: 'engagements',
      header: 'Engagements',
      value: (r) => r.engagements,
      kind: 'count',
      exportOnly: true,
    },
  ];
  const budgetColumns: Column<FiscalYear>[] = [
    {
      key: 'label',
      header: 'Fiscal year',
      value: (r) => r.label,
      render: (r) => <span title={`${monthLabel(r.from)} – ${monthLabel(r.to)}`}>{r.label}</span>,
    },
    { key: 'from', header: 'From', value: (r) => r.from, exportOnly: true },
    { key: 'to', header: 'To', value: (r) => r.to, exportOnly: true },
    { key: 'budget', header: 'Budget', value: (r) => r.budget, kind: 'money' },
    { key: 'actual', header: 'Actual to date', value: (r) => r.actual, kind: 'money' },
    {
      key: 'elapsedMonths',
      header: 'Months elapsed',
      value: (r) => r.elapsedMonths,
      kind: 'count',
      exportOnly: true,
    },
    { key: 'runRate', header: 'Run rate / month', value: (r) => r.runRate, kind: 'money' },
    { key: 'forecast', header: 'Forecast', value: (r) => r.forecast, kind: 'money' },
    { key: 'variance', header: 'Variance', value: (r) => r.variance, kind: 'money' },
    { key: 'variancePct', header: 'Variance %', value: (r) => r.variancePct, kind: 'pct' },
  ];

  return (
    <section>
      <PageHeader
        title="Spend"
        meta={`Outsourcing spend in ${format.currency}, against budget, for finance.`}
      />
      <QueryState isPending={report.isPending} error={report.error} isEmpty={false} emptyText="">
        {totals && report.data ? (
          <TileGrid label="Spend figures" inProgress={openMonth}>
            <Tile label="Charges" {...format.tile('money', totals.charges)} />
            <Tile
              label="Net cost"
              {...format.tile('money', totals.netCost)}
              detail="after credits owed and pending"
            />
            <Tile label="Credits owed" {...format.tile('money', totals.creditsOwed)} />
            <Tile label="Credits pending" {...format.tile('money', totals.creditsPending)} />
            <CreditNotesTile />
            <Tile label="Engagements" {...format.tile('count', report.data.engagementCount.all)} />
          </TileGrid>
        ) : null}
      </QueryState>
      <div className="cards">
        <ChartCard
          title="Spend by vendor"
          subtitle="Select a bar to open the vendor"
          query={shapeQuery(byVendor, (points) => spendBreakdown(points))}
          series={SPEND}
          format={format}
          range={range}
          layout="vertical"
          first="Vendor"
          onSelect={(row) => drill(paths.vendor(row.key))}
        />
        <ChartCard
          title="Spend by category"
          query={shapeQuery(byCategory, categoryBars)}
          series={CHARGES}
          format={format}
          range={range}
          layout="vertical"
          first="Category"
        />
        <ChartCard
          title="Spend by location"
          query={shapeQuery(byLocation, (points) =>
            spendBreakdown(points, humanize).sort((a, b) => locationOrder(a.key) - locationOrder(b.key)),
          )}
          series={SPEND}
          format={format}
          range={range}
          layout="vertical"
          first="Location"
        />
        <DataCard
          title="Spend by currency"
          subtitle="Billed in each currency, converted at each month's rate"
          query={byCurrency}
          range={range}
          isEmpty={(rows) => rows.length === 0}
          emptyText="No charges in the range."
          exportOf={(rows) => ({ columns: csvColumns(currencyColumns), rows })}
        >
          {(rows) => (
            <>
              <SeriesChart
                label="Spend by currency"
                rows={currencyBars(rows)}
                series={CHARGES}
                format={format}
                layout="vertical"
                height={Math.max(140, rows.length * 32 + 50)}
                first="Currency"
                table={false}
              />
              <DataTable
                label="Spend by currency"
                rows={rows}
                columns={currencyColumns}
                rowKey={(r) => r.currency}
                format={format}
              />
            </>
          )}
        </DataCard>
        <DataCard
          wide
          title="Budget vs actual per fiscal year"
          subtitle="Annual budgets of the engagements against charges, with the run-rate forecast to year end"
          query={budget}
          range={range}
          isEmpty={(data) => data.years.every((year) => year.budget === '0.00' && year.actual === '0.00')}
          emptyText="No budget or spend in the fiscal years of the range."
          exportOf={(data) => ({ columns: csvColumns(budgetColumns), rows: data.years })}
        >
          {(data) => {
            const year = currentYear(data.years);
            return (
              <>
                <div className="cards cards--inner">
                  <div>
                    <h3 className="chart-title">Per fiscal year</h3>
                    <SeriesChart
                      label="Budget vs actual per fiscal year"
                      rows={budgetBars(data.years)}
                      series={BUDGET}
                      format={format}
                      first="Fiscal year"
                      table={false}
                    />
                  </div>
                  {year ? (
                    <div>
                      <h3 className="chart-title">
                        {year.label} month by month ({monthLabel(year.from)} – {monthLabel(year.to)})
                      </h3>
                      <SeriesChart
                        label={`${year.label} month by month`}
                        rows={budgetPath(year)}
                        series={PATH}
                        format={format}
                      />
                    </div>
                  ) : null}
                </div>
                <DataTable
                  label="Budget vs actual"
                  rows={data.years}
                  columns={budgetColumns}
                  rowKey={(r) => r.label}
                  format={format}
                  sortable={false}
                />
              </>
            );
          }}
        </DataCard>
        <BudgetTableCard />
      </div>
    </section>
  );
}
