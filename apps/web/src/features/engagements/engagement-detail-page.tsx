import { SERVICE_LINE_LABELS } from '@portfolio/domain';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { Card } from '../../components/card.tsx';
import { ChartCard } from '../../components/charts/chart-card.tsx';
import { SeriesChart } from '../../components/charts/series-chart.tsx';
import { SlaTrendChart } from '../../components/charts/sla-trend-chart.tsx';
import { slaTrendRows } from '../../components/charts/sla-trend-points.ts';
import { creditLedgerColumns } from '../../components/credit-ledger.tsx';
import { DataCard } from '../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../components/data-table.tsx';
import { FilteredLink, paths } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import type { ChartSeries } from '../../lib/chart-rows.ts';
import { COLORS } from '../../lib/colors.ts';
import { createFormatters, dateLabel, humanize, monthLabel, plural } from '../../lib/format.ts';
import { shapeQuery } from '../../lib/shape-query.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import {
  CHARGE_CATEGORIES,
  type ChargeMonth,
  chargeBars,
  chargesByMonth,
  costByMonth,
} from './engagement-rows.ts';
import { WhatIfPanel } from './what-if-panel.tsx';

type Detail = RouterOutputs['engagements']['detail'];
type Deliverable = RouterOutputs['engagements']['deliverables'][number];

const COST: ChartSeries[] = [
  { key: 'charges', label: 'Charges', kind: 'money', color: COLORS.brand, type: 'bar' },
  { key: 'creditsOwed', label: 'Credits owed', kind: 'money', color: COLORS.bad, type: 'bar' },
  { key: 'creditsPending', label: 'Credits pending', kind: 'money', color: COLORS.warn, type: 'bar' },
  { key: 'netCost', label: 'Net cost', kind: 'money', color: COLORS.teal, type: 'line' },
];
const CATEGORY_COLORS = [COLORS.brand, COLORS.bpo, COLORS.sand, COLORS.grey];

function Terms({ detail }: { detail: Detail }) {
  const format = useFormat();
  const money = (value: string | null) => (value === null ? '—' : format.moneyIn(detail.currency, value));
  const terms: [string, string][] = [
    ['Vendor', `${detail.vendor}${detail.vendorCountry ? ` (${detail.vendorCountry})` : ''}`],
    ['Type', detail.type],
    ['Service line', SERVICE_LINE_LABELS[detail.serviceLine]],
    ['Location', humanize(detail.location)],
    ['Business unit', detail.businessUnit ?? '—'],
    ['Owner', detail.owner ?? '—'],
    ['Status', humanize(detail.status)],
    ['Term', `${dateLabel(detail.startDate)} – ${detail.endDate ? dateLabel(detail.endDate) : 'open-ended'}`],
    ['Pricing model', detail.pricingModel ? humanize(detail.pricingModel) : '—'],
    ['Currency', detail.currency],
    ['Annual budget', money(detail.annualBudget)],
    ['At risk for credits', `${format.format('number', detail.atRiskPct)} % of base and volume charges`],
    ['Earn-back', detail.earnBackMonths === 0 ? 'None' : plural(detail.earnBackMonths, 'month')],
    ['Baseline (in-house) / month', money(detail.baselineMonthlyCost)],
    ['Planned savings / month', money(detail.plannedMonthlySavings)],
    ['SLAs', `${detail.slas.length} (${detail.slas.filter((s) => s.kind === 'critical').length} critical)`],
  ];
  return (
    <dl className="terms">
      {terms.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function EngagementDetailPage() {
  const { code = '' } = useParams();
  const trpc = useTRPC();
  const format = useFormat();
  const { range } = useFilters();
  const scoped = range ? { ...range, engagements: [code] } : null;
  const detail = useQuery(trpc.engagements.detail.queryOptions({ code }));
  const report = useQuery(trpc.report.portfolio.queryOptions(scoped ?? skipToken));
  const cost = useQuery(
    trpc.report.series.queryOptions(scoped ? { ...scoped, by: 'total', perMonth: true } : skipToken),
  );
  const charges = useQuery(trpc.engagements.charges.queryOptions(range ? { ...range, code } : skipToken));
  const trends = useQuery(trpc.slas.trend.queryOptions(range ? { ...range, engagement: code } : skipToken));
  const ledger = useQuery(trpc.report.creditLedger.queryOptions(scoped ?? skipToken));
  const isKpo = detail.data?.type === 'KPO';
  const deliverables = useQuery(trpc.engagements.deliverables.queryOptions(isKpo ? { code } : skipToken));
  const figures = report.data?.engagements[0];
  const currency = detail.data?.currency ?? format.currency;
  // Charges are shown as invoiced, in the engagement's currency: its axis and figures carry its symbol.
  const engagementFormat = useMemo(() => createFormatters(currency), [currency]);
  const ledgerColumns = creditLedgerColumns(format).filter((c) => c.key !== 'engagement');

  const chargeColumns: Column<ChargeMonth>[] = [
    { key: 'period', header: 'Month', value: (r) => r.period, render: (r) => monthLabel(r.period) },
    ...CHARGE_CATEGORIES.map((category) => ({
      key: category,
      header: humanize(category),
      value: (r: ChargeMonth) => r[category],
      kind: 'number' as const,
      render: (r: ChargeMonth) => (r[category] === null ? '—' : format.moneyIn(currency, r[category])),
    })),
  ];
  const chargeSeries: ChartSeries[] = CHARGE_CATEGORIES.map((category, index) => ({
    key: category,
    label: humanize(category),
    kind: 'money',
    color: CATEGORY_COLORS[index] ?? COLORS.grey,
    type: 'bar',
    stackId: 'c',
  }));
  const deliverableColumns: Column<Deliverable>[] = [
    { key: 'code', header: 'Code', value: (r) => r.code },
    {
      key: 'title',
      header: 'Title',
      value: (r) => r.title,
      render: (r) => (
        <span className="clip" title={r.title}>
          {r.title}
        </span>
      ),
    },
    { key: 'dueDate', header: 'Due', value: (r) => r.dueDate, render: (r) => dateLabel(r.dueDate) },
    {
      key: 'deliveredDate',
      header: 'Delivered',
      value: (r) => r.deliveredDate,
      render: (r) => (r.deliveredDate === null ? '—' : dateLabel(r.deliveredDate)),
    },
    { key: 'status', header: 'Status', value: (r) => r.status, render: (r) => humanize(r.status) },
    { key: 'quality', header: 'Quality', value: (r) => r.quality, kind: 'score' },
    { key: 'revisions', header: 'Revisions', value: (r) => r.revisions, kind: 'count' },
    {
      key: 'actioned',
      header: 'Acted on',
      value: (r) => r.actioned,
      render: (r) => (r.actioned ? 'Yes' : 'No'),
    },
    {
      key: 'estimatedValue',
      header: 'Value',
      value: (r) => r.estimatedValue,
      kind: 'number',
      render: (r) => (r.estimatedValue === null ? '—' : format.moneyIn(currency, r.estimatedValue)),
    },
  ];

  return (
    <section>
      <PageHeader
        title={detail.data ? `${detail.data.code} · ${detail.data.name}` : code}
        meta={
          <FilteredLink to="/engagements" className="back-link">
            All engagements
          </FilteredLink>
        }
      />
      <QueryState isPending={detail.isPending} error={detail.error} isEmpty={false} emptyText="">
        {detail.data ? (
          <>
            {figures ? (
              <TileGrid label="Figures of the range">
                <Tile label="Charges" {...format.tile('money', figures.charges)} />
                <Tile label="Net cost" {...format.tile('money', figures.netCost)} />
                <Tile label="Credits owed" {...format.tile('money', figures.creditsOwed)} />
                <Tile label="Credits pending" {...format.tile('money', figures.creditsPending)} />
                {figures.savings !== null ? (
                  <Tile
                    label="Savings"
                    {...format.tile('money', figures.savings)}
                    detail={`${format.format('pct', figures.savingsPct)} of baseline`}
                  />
                ) : null}
                <Tile
                  label="SLA attainment"
                  {...format.tile('pct', figures.sla.attainmentPct)}
                  detail={`${figures.sla.breached} breached`}
                />
              </TileGrid>
            ) : report.data ? (
              <p className="note">The engagement neither ran nor was charged in the range.</p>
            ) : null}
            <div className="cards">
              <Card title="Terms" wide>
                <Terms detail={detail.data} />
              </Card>
              <WhatIfPanel key={detail.data.code} detail={detail.data} range={range} />
              <ChartCard
                wide
                title="Cost by month"
                subtitle={`In ${format.currency}`}
                query={shapeQuery(cost, costByMonth)}
                series={COST}
                format={format}
                range={range}
              />
              <DataCard
                wide
                title="Charges by category"
                subtitle={`In ${currency}, as invoiced`}
                query={shapeQuery(charges, chargesByMonth)}
                range={range}
                isEmpty={(rows) => rows.length === 0}
                emptyText="No charges in the range."
                exportOf={(rows) => ({ columns: csvColumns(chargeColumns), rows })}
              >
                {(rows) => (
                  <>
                    <SeriesChart
                      label="Charges by category"
                      rows={chargeBars(rows)}
                      series={chargeSeries}
                      format={engagementFormat}
                      height={200}
                      table={false}
                    />
                    <DataTable
                      label="Charges by category"
                      rows={rows}
                      columns={chargeColumns}
                      rowKey={(r) => r.period}
                      format={format}
                      sortable={false}
                      maxHeight={220}
                    />
                  </>
                )}
              </DataCard>
              <DataCard
                wide
                title="SLAs with trends"
                subtitle="Each SLA's actual against its expected and minimum levels; select a title to open it"
                query={trends}
                range={range}
                isEmpty={(rows) => rows.length === 0}
                emptyText="This engagement has no SLAs."
                exportOf={(rows) => ({
                  columns: [
                    { header: 'SLA', value: (r: { sla: string }) => r.sla },
                    { header: 'Month', value: (r: { period: string }) => r.period },
                    { header: 'Actual', value: (r: { actual: string | null }) => r.actual },
                    { header: 'Status', value: (r: { status: string | null }) => r.status },
                    { header: 'Expected', value: (r: { expected: string }) => r.expected },
                    { header: 'Minimum', value: (r: { minimum: string | null }) => r.minimum },
                  ],
                  rows: rows.flatMap((sla) =>
                    sla.cells.map((c) => ({
                      ...c,
                      sla: sla.code,
                      expected: sla.expected,
                      minimum: sla.minimum,
                    })),
                  ),
                })}
              >
                {(rows) => (
                  <div className="small-multiples">
                    {rows.map((sla) => {
                      const shaped = slaTrendRows(sla);
                      return (
                        <div key={sla.code}>
                          <h3>
                            <FilteredLink to={paths.sla(code, sla.code)}>
                              {sla.code} · {sla.name}
                            </FilteredLink>{' '}
                            <span className="note">({humanize(sla.kind)})</span>
                          </h3>
                          <SlaTrendChart
                            label={`Trend of ${sla.code}`}
                            rows={shaped.rows}
                            expected={shaped.expected}
                            minimum={shaped.minimum}
                            unit={sla.unit}
                            height={180}
                          />
                        </div>
                      );
                    })}
                  </div>
                )}
              </DataCard>
              <DataCard
                wide
                title="Service credits"
                query={ledger}
                range={range}
                isEmpty={(rows) => rows.length === 0}
                emptyText="No service credit arose in the range."
                exportOf={(rows) => ({ columns: csvColumns(ledgerColumns), rows })}
              >
                {(rows) => (
                  <DataTable
                    label="Service credits"
                    rows={rows}
                    columns={ledgerColumns}
                    rowKey={(r) => `${r.period}/${r.sla}`}
                    format={format}
                    maxHeight={320}
                  />
                )}
              </DataCard>
              {isKpo ? (
                <DataCard
                  wide
                  title="Deliverables"
                  subtitle="Latest due first"
                  query={deliverables}
                  isEmpty={(rows) => rows.length === 0}
                  emptyText="No deliverables on record."
                  exportOf={(rows) => ({ columns: csvColumns(deliverableColumns), rows })}
                >
                  {(rows) => (
                    <DataTable
                      label="Deliverables"
                      rows={rows}
                      columns={deliverableColumns}
                      rowKey={(r) => r.code}
                      format={format}
                      maxHeight={360}
                    />
                  )}
                </DataCard>
              ) : null}
            </div>
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
