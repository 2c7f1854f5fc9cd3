import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../components/charts/chart-card.tsx';
import { DataCard } from '../../components/data-card.tsx';
import { csvColumns, DataTable } from '../../components/data-table.tsx';
import { paths, useDrillDown } from '../../components/filtered-link.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import type { ChartSeries } from '../../lib/chart-rows.ts';
import { COLORS } from '../../lib/colors.ts';
import { shapeQuery } from '../../lib/shape-query.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import { SCORE_BREAKDOWN_COLUMNS } from './score-breakdown-columns.tsx';
import { ScoreWeights } from './score-weights.tsx';
import { SCORECARD_COLUMNS } from './scorecard-columns.tsx';
import { BAND_LINES, bandColorOf, scoreBars } from './vendor-data.ts';
import './vendors.css';
import { vendorQueries } from './vendor-queries.ts';

const SCORE: ChartSeries[] = [
  { key: 'score', label: 'Score', kind: 'score', color: COLORS.brand, type: 'bar', colorOf: bandColorOf },
];

export function VendorsPage() {
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const { input, range } = useFilters();
  const cards = useQuery(vendorQueries(trpc, { input }).scorecards);

  return (
    <section>
      <PageHeader
        title="Vendors"
        meta="A scorecard per vendor over the range: SLAs, credits, savings and insight delivery."
      />
      <div className="cards">
        <DataCard
          wide
          title="Vendor scorecards"
          subtitle="Score and band per vendor; how each score is made is below the chart"
          query={cards}
          range={range}
          isEmpty={(rows) => rows.length === 0}
          emptyText="No vendor has engagements for these filters."
          exportOf={(rows) => ({ columns: csvColumns(SCORECARD_COLUMNS), rows })}
        >
          {(rows) => (
            <DataTable
              label="Vendor scorecards"
              rows={rows}
              columns={SCORECARD_COLUMNS}
              rowKey={(r) => r.vendor}
              format={format}
              initialSort={{ key: 'score', direction: 'desc' }}
              onActivate={(r) => drill(paths.vendor(r.vendor))}
              activateLabel={(r) => `Open vendor ${r.vendor}`}
            />
          )}
        </DataCard>
        <ChartCard
          wide
          title="Vendor scores"
          subtitle="Each bar in its band's colour; the dashed lines are the band floors. Select a bar to open the vendor"
          query={shapeQuery(cards, scoreBars)}
          series={SCORE}
          format={format}
          range={range}
          layout="vertical"
          first="Vendor"
          references={BAND_LINES}
          onSelect={(row) => drill(paths.vendor(row.key))}
        />
        <DataCard
          wide
          title="How the score is made"
          subtitle={<ScoreWeights />}
          query={cards}
          range={range}
          isEmpty={(rows) => rows.length === 0}
          emptyText="No vendor has engagements for these filters."
          exportOf={(rows) => ({ columns: csvColumns(SCORE_BREAKDOWN_COLUMNS), rows })}
        >
          {(rows) => (
            <div className="score-breakdown">
              <DataTable
                label="How the score is made"
                rows={rows}
                columns={SCORE_BREAKDOWN_COLUMNS}
                rowKey={(r) => r.vendor}
                format={format}
                initialSort={{ key: 'score', direction: 'desc' }}
              />
            </div>
          )}
        </DataCard>
      </div>
    </section>
  );
}
