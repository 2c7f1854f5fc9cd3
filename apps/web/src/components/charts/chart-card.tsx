import { type ChartRow, type ChartSeries, chartCsv, hasValues } from '../../lib/chart-rows.ts';
import type { Formatters } from '../../lib/format.ts';
import { DataCard, type DataCardFrame } from '../data-card.tsx';
import { type ChartReference, SeriesChart } from './series-chart.tsx';

/** A card with one chart: the query's states, the chart, and the chart's data as CSV. */
export function ChartCard({
  series,
  format,
  onSelect,
  layout,
  height,
  first,
  references,
  emptyText = 'Nothing to show for these filters.',
  ...card
}: DataCardFrame<ChartRow[]> & {
  series: ChartSeries[];
  format: Formatters;
  onSelect?: (row: ChartRow) => void;
  layout?: 'horizontal' | 'vertical';
  height?: number;
  first?: string;
  references?: ChartReference[];
  emptyText?: string;
}) {
  return (
    <DataCard
      {...card}
      isEmpty={(rows) => !hasValues(rows, series)}
      emptyText={emptyText}
      exportOf={(rows) => ({ columns: chartCsv(series, first), rows })}
    >
      {(rows) => (
        <SeriesChart
          label={card.title}
          rows={rows}
          series={series}
          format={format}
          onSelect={onSelect}
          layout={layout}
          height={height ?? (layout === 'vertical' ? Math.max(200, rows.length * 28 + 60) : undefined)}
          references={references}
          first={first}
        />
      )}
    </DataCard>
  );
}
