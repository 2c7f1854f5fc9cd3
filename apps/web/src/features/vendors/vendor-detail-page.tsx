import { skipToken, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Card } from '../../components/card.tsx';
import { ChartCard } from '../../components/charts/chart-card.tsx';
import type { Column } from '../../components/data-table.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { FilteredLink, paths, useDrillDown } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { TableCard } from '../../components/table-card.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import type { ChartSeries } from '../../lib/chart-rows.ts';
import { COLORS } from '../../lib/colors.ts';
import { shapeQuery } from '../../lib/shape-query.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import { ScoreWeights } from './score-weights.tsx';
import { BAND_LABEL, componentBars, type ScoreLine, scoreLines, vendorAttainment } from './vendor-data.ts';

type ReportEngagement = RouterOutputs['report']['portfolio']['engagements'][number];

const SCORE_LINES: Column<ScoreLine>[] = [
  { key: 'label', header: 'Step', value: (r) => r.label },
  { key: 'weight', header: 'Weight (share)', value: (r) => r.weight },
  { key: 'value', header: 'Value 0–100', value: (r) => r.value, kind: 'score' },
  { key: 'points', header: 'Points', value: (r) => r.points, kind: 'score' },
];

const COMPONENTS: ChartSeries[] = [
  { key: 'score', label: 'Component score', kind: 'score', color: COLORS.brand, type: 'bar' },
];
const ATTAINMENT: ChartSeries[] = [
  { key: 'breached', label: 'Breaches', kind: 'count', color: COLORS.bad, type: 'bar', axis: 'right' },
  { key: 'attainment', label: 'Attainment', kind: 'pct', color: COLORS.ok, type: 'line' },
];

export function VendorDetailPage() {
  const { name = '' } = useParams();
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const { input, range, openMonth } = useFilters();
  const scoped = input ? { ...input, vendors: [name] } : null;
  const vendor = useQuery(trpc.vendors.detail.queryOptions({ name }));
  const cards = useQuery(trpc.vendors.scorecards.queryOptions(scoped ?? skipToken));
  const monthly = useQuery(
    trpc.report.series.queryOptions(scoped ? { ...scoped, by: 'total', perMonth: true } : skipToken),
  );
  const report = useQuery(trpc.report.portfolio.queryOptions(scoped ?? skipToken));
  const card = cards.data?.[0];

  const engagementColumns: Column<ReportEngagement>[] = [
    {
      key: 'code',
      header: 'Engagement',
      value: (r) => r.code,
      render: (r) => <span className="mono">{r.code}</span>,
    },
    {
      key: 'type',
      header: 'Type',
      value: (r) => r.type,
      render: (r) => <span className={`badge badge--${r.type.toLowerCase()}`}>{r.type}</span>,
    },
    { key: 'charges', header: 'Charges', value: (r) => r.charges, kind: 'money' },
    { key: 'netCost', header: 'Net cost', value: (r) => r.netCost, kind: 'money' },
    { key: 'creditsOwed', header: 'Credits owed', value: (r) => r.creditsOwed, kind: 'money' },
    { key: 'savingsPct', header: 'Savings %', value: (r) => r.savingsPct, kind: 'pct' },
    { key: 'attainment', header: 'Attainment', value: (r) => r.sla.attainmentPct, kind: 'pct' },
    { key: 'breached', header: 'Breaches', value: (r) => r.sla.breached, kind: 'count' },
  ];

  return (
    <section>
      <PageHeader
        title={name}
        meta={
          <FilteredLink to="/vendors" className="back-link">
            All vendors
          </FilteredLink>
        }
      />
      <QueryState isPending={vendor.isPending} error={vendor.error} isEmpty={false} emptyText="">
        {vendor.data ? (
          <>
            <QueryState isPending={cards.isPending} error={cards.error} isEmpty={false} emptyText="">
              {card ? (
                <TileGrid label="Scorecard" inProgress={openMonth}>
                  <Tile
                    label="Score"
                    {...format.tile('score', card.score)}
                    detail={<span className={`pill pill--${card.band}`}>{BAND_LABEL[card.band]}</span>}
                  />
                  <Tile
                    label="SLA attainment"
                    {...format.tile('pct', card.sla.attainmentPct)}
                    detail={`${card.sla.breached} breached`}
                  />
                  <Tile label="Credits % of charges" {...format.tile('pct', card.creditsPct)} />
                  {card.bpo > 0 ? (
                    <Tile
                      label="Savings %"
                      {...format.tile('pct', card.savingsPct)}
                      detail={`vs plan ${format.format('pct', card.savingsVsPlanPct)}`}
                    />
                  ) : null}
                  {card.kpo > 0 ? (
                    <Tile
                      label="On-time delivery"
                      {...format.tile('pct', card.insight.onTimePct)}
                      detail={`quality ${format.format('rating', card.insight.meanQuality)}`}
                    />
                  ) : null}
                  <Tile label="Charges" {...format.tile('money', card.charges)} />
                  <Tile label="Net cost" {...format.tile('money', card.netCost)} />
                </TileGrid>
              ) : (
                <p className="note">The vendor has no engagement in the range for these filters.</p>
              )}
            </QueryState>
            <div className="cards">
              <Card title="Vendor">
                <dl className="terms">
                  <div>
                    <dt>Country</dt>
                    <dd>{vendor.data.country ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>Certifications</dt>
                    <dd>{vendor.data.certifications ?? '—'}</dd>
                  </div>
                  <div style={{ gridColumn: 'span 2' }}>
                    <dt>Notes</dt>
                    <dd>{vendor.data.notes ?? '—'}</dd>
                  </div>
                </dl>
              </Card>
              <ChartCard
                title="Score components"
                subtitle="Each 0–100; the weight in brackets"
                query={shapeQuery(cards, (rows) => (rows[0] ? componentBars(rows[0]) : []))}
                series={COMPONENTS}
                format={format}
                range={range}
                layout="vertical"
                first="Component"
              />
              <ChartCard
                title="SLA attainment by month"
                query={shapeQuery(monthly, vendorAttainment)}
                series={ATTAINMENT}
                format={format}
                range={range}
                wide
              />
              <TableCard
                wide
                title="The vendor's engagements"
                subtitle="Select a row to open the engagement"
                query={shapeQuery(report, (data) => data.engagements)}
                range={range}
                emptyText="No engagement in the range."
                rowsOf={(rows) => rows}
                columns={engagementColumns}
                rowKey={(r) => r.code}
                format={format}
                onActivate={(r) => drill(paths.engagement(r.code))}
                activateLabel={(r) => `Open engagement ${r.code}`}
              />
              <Card title="How the score is made" wide>
                <ScoreWeights />
                {card ? (
                  <DataTable
                    label="How the score is made"
                    rows={scoreLines(card)}
                    columns={SCORE_LINES}
                    rowKey={(r) => r.key}
                    format={format}
                    sortable={false}
                  />
                ) : null}
              </Card>
            </div>
          </>
        ) : null}
      </QueryState>
    </section>
  );
}
