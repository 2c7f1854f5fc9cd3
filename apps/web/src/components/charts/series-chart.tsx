import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartRow, ChartSeries } from '../../lib/chart-rows.ts';
import type { Formatters } from '../../lib/format.ts';
import { thinRows } from '../../lib/thin-rows.ts';

export interface ChartReference {
  value: number;
  label: string;
  color: string;
  axis?: 'left' | 'right';
}

/**
 * Draws rows as bars, lines and areas (one chart, up to two value axes). It only draws what it is given; a click
 * on a bar calls `onSelect` with its row (the drill-down), which the card also offers as a table or link.
 */
export function SeriesChart({
  label,
  rows,
  series,
  format,
  height = 260,
  layout = 'horizontal',
  onSelect,
  references = [],
}: {
  label: string;
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  format: Formatters;
  height?: number;
  /** `vertical` draws categories down the left with horizontal bars. */
  layout?: 'horizontal' | 'vertical';
  onSelect?: (row: ChartRow) => void;
  references?: readonly ChartReference[];
}) {
  const left = series.find((s) => (s.axis ?? 'left') === 'left');
  const leftKind = left?.kind ?? 'number';
  const right = series.find((s) => s.axis === 'right');
  const kindOf = new Map(series.map((s) => [s.key, s.kind]));
  const vertical = layout === 'vertical';
  // Months along the axis may be thinned for drawing; categories (vertical bars) are all drawn.
  const data = (vertical ? rows : thinRows(rows, series[0]?.key ?? '')) as ChartRow[];
  const select = onSelect
    ? (_: unknown, index: number) => {
        const row = data[index];
        if (row) onSelect(row);
      }
    : undefined;

  return (
    <figure className="chart" aria-label={label} data-testid="chart">
      <ComposedChart
        data={data}
        layout={vertical ? 'vertical' : 'horizontal'}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: references.length > 0 ? 22 : 8, right: right ? 8 : 16, bottom: 0, left: 8 }}
        cursor={onSelect ? 'pointer' : undefined}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ec" />
        {vertical ? (
          <>
            <XAxis
              type="number"
              xAxisId="left"
              tickFormatter={(value: number) => format.compact(leftKind, value)}
              fontSize={11}
            />
            <YAxis type="category" dataKey="label" width={150} fontSize={11} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" fontSize={11} minTickGap={8} />
            <YAxis
              yAxisId="left"
              domain={left?.domain}
              tickFormatter={(value: number) => format.compact(leftKind, value)}
              width={64}
              fontSize={11}
            />
            {right ? (
              <YAxis
                yAxisId="right"
                orientation="right"
                domain={right.domain}
                tickFormatter={(value: number) => format.compact(right.kind, value)}
                width={52}
                fontSize={11}
              />
            ) : null}
          </>
        )}
        <Tooltip
          formatter={(value, _name, item) =>
            format.format(kindOf.get(String(item.dataKey)) ?? 'number', value as number)
          }
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {references.map((reference) => (
          <ReferenceLine
            key={reference.label}
            {...(vertical
              ? { x: reference.value, xAxisId: 'left' }
              : { y: reference.value, yAxisId: reference.axis ?? 'left' })}
            stroke={reference.color}
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={{
              value: reference.label,
              position: vertical ? 'top' : 'insideTopRight',
              fontSize: 11,
              fill: reference.color,
            }}
          />
        ))}
        {series.map((s) => {
          const axis = vertical ? { xAxisId: 'left' } : { yAxisId: s.axis ?? 'left' };
          if (s.type === 'bar')
            return (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={s.color}
                stackId={s.stackId}
                isAnimationActive={false}
                onClick={select}
                maxBarSize={48}
                {...axis}
              />
            );
          if (s.type === 'area')
            return (
              <Area
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                fill={s.color}
                fillOpacity={0.15}
                type="monotone"
                stackId={s.stackId}
                isAnimationActive={false}
                connectNulls
                {...axis}
              />
            );
          return (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '6 4' : undefined}
              dot={{ r: 2.5 }}
              type="monotone"
              isAnimationActive={false}
              connectNulls
              {...axis}
            />
          );
        })}
      </ComposedChart>
      {onSelect ? (
        // The keyboard's way to a bar's drill-down: hidden until tabbed to.
        <ul className="chart-links" aria-label={`Open a bar of ${label}`}>
          {rows.map((row) => (
            <li key={row.key}>
              <button type="button" className="button button--small" onClick={() => onSelect(row)}>
                {row.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
