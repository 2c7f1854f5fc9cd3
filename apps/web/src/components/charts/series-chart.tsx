import { useId } from 'react';
import {
  Area,
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type ChartRow, type ChartSeries, pointLabel, pointsNoun } from '../../lib/chart-rows.ts';
import type { Formatters } from '../../lib/format.ts';
import { openIndex, openMonthNote, withProgress } from '../../lib/open-month.ts';
import { thinRows } from '../../lib/thin-rows.ts';
import { useCurrentMonth } from '../../lib/use-current-month.ts';
import { ChartDataTable, ChartFrame } from './chart-frame.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { HatchPatterns, lineDot } from './open-month-marks.tsx';

export interface ChartReference {
  value: number;
  label: string;
  color: string;
  axis?: 'left' | 'right';
}

const TICK = { fontSize: 11 } as const;

/**
 * Draws rows as bars, lines and areas (one chart, up to two value axes, each titled when there are two). It only
 * draws what it is given; a click on a bar, or Enter on the point the keyboard is on, calls `onSelect` with its row
 * (the drill-down). Its data is also a table for screen readers, unless the card shows the same rows as a table.
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
  first = 'Month',
  table = true,
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
  /** What a point is: the header of the data table's first column ("Month", "Vendor"). */
  first?: string;
  /** Whether to offer the data as a table to screen readers (false where the card shows it as a table). */
  table?: boolean;
}) {
  const left = series.filter((s) => (s.axis ?? 'left') === 'left');
  const right = series.filter((s) => s.axis === 'right');
  const leftKind = left[0]?.kind ?? 'number';
  const rightKind = right[0]?.kind ?? 'number';
  const kindOf = new Map(series.map((s) => [s.key, s.kind]));
  const vertical = layout === 'vertical';
  // Months along the axis may be thinned for drawing; categories (vertical bars) are all drawn.
  const data = (vertical ? rows : thinRows(rows, series[0]?.key ?? '')) as ChartRow[];
  const figure = (s: ChartSeries, row: ChartRow) => format.format(s.kind, row[s.key] as number | null);
  const select = onSelect
    ? (_: unknown, index: number) => {
        const row = data[index];
        if (row) onSelect(row);
      }
    : undefined;
  const axisTitle = (axis: readonly ChartSeries[]) => axis.map((s) => s.label).join(', ');
  // The month in progress, when the chart draws it: hatched bars and hollow points, a caption saying so.
  const currentMonth = useCurrentMonth();
  const open = openIndex(data, currentMonth);
  const openKey = open >= 0 ? (data[open]?.key ?? null) : null;
  const patternId = useId().replace(/:/g, '');
  const hatch = (s: ChartSeries) => `${patternId}-${s.key}`;
  const name = (row: ChartRow) => withProgress(pointLabel(row), row.key, openKey);

  return (
    <ChartFrame
      label={label}
      height={height}
      points={data.length}
      noun={pointsNoun(first)}
      describe={(index) => {
        const row = data[index];
        return row ? `${name(row)}: ${series.map((s) => `${s.label} ${figure(s, row)}`).join(', ')}` : '';
      }}
      onSelect={onSelect ? (index) => data[index] && onSelect(data[index]) : undefined}
      table={
        table ? (
          <ChartDataTable
            label={label}
            headers={[first, ...series.map((s) => s.label)]}
            rows={rows.map((row) => ({
              key: row.key,
              cells: [name(row), ...series.map((s) => figure(s, row))],
            }))}
          />
        ) : null
      }
      legend={<ChartLegend series={series} />}
      caption={
        openKey !== null
          ? openMonthNote(openKey, series.some((s) => s.type === 'bar') ? 'hatched' : 'outlined')
          : null
      }
    >
      {(active) => (
        <>
          {right.length > 0 ? (
            // Two value axes: each says what it measures.
            <div className="chart__axes" aria-hidden="true">
              <span>{axisTitle(left)}</span>
              <span>{axisTitle(right)}</span>
            </div>
          ) : null}
          <ComposedChart
            data={data}
            layout={vertical ? 'vertical' : 'horizontal'}
            responsive
            accessibilityLayer={false}
            style={{ width: '100%', height }}
            margin={{
              top: references.length > 0 ? 22 : 8,
              right: right.length > 0 ? 8 : 16,
              bottom: 0,
              left: 8,
            }}
            cursor={onSelect ? 'pointer' : undefined}
          >
            {open >= 0 ? <HatchPatterns series={series} idOf={hatch} /> : null}
            <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ec" />
            {vertical ? (
              <>
                <XAxis
                  type="number"
                  xAxisId="left"
                  tickFormatter={(value: number) => format.compact(leftKind, value)}
                  allowDecimals={leftKind !== 'count'}
                  tick={TICK}
                />
                <YAxis type="category" dataKey="label" width={130} tick={TICK} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={TICK} minTickGap={8} />
                <YAxis
                  yAxisId="left"
                  domain={left[0]?.domain}
                  tickFormatter={(value: number) => format.compact(leftKind, value)}
                  allowDecimals={leftKind !== 'count'}
                  width={64}
                  tick={TICK}
                />
                {right.length > 0 ? (
                  <YAxis
                    yAxisId="right"
                    orientation="right"
                    domain={right[0]?.domain}
                    tickFormatter={(value: number) => format.compact(rightKind, value)}
                    allowDecimals={rightKind !== 'count'}
                    width={52}
                    tick={TICK}
                  />
                ) : null}
              </>
            )}
            <Tooltip
              defaultIndex={active}
              active={active === undefined ? undefined : true}
              formatter={(value, _name, item) =>
                format.format(kindOf.get(String(item.dataKey)) ?? 'number', value as number)
              }
              labelFormatter={(label, payload) => {
                const row = payload?.[0]?.payload as ChartRow | undefined;
                return row ? withProgress(String(label), row.key, openKey) : label;
              }}
            />
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
                  >
                    {open >= 0 || s.colorOf
                      ? data.map((row, index) =>
                          index === open ? (
                            <Cell
                              key={row.key}
                              fill={`url(#${hatch(s)})`}
                              stroke={s.color}
                              strokeDasharray="3 2"
                            />
                          ) : (
                            <Cell key={row.key} fill={s.colorOf?.(row) ?? s.color} />
                          ),
                        )
                      : null}
                  </Bar>
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
                  strokeOpacity={s.opacity}
                  dot={lineDot(s.color, open)}
                  type="monotone"
                  isAnimationActive={false}
                  connectNulls
                  {...axis}
                />
              );
            })}
          </ComposedChart>
        </>
      )}
    </ChartFrame>
  );
}
