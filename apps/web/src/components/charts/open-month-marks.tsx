import type { Key } from 'react';
import type { ChartSeries } from '../../lib/chart-rows.ts';

// How a chart marks the month in progress: its bars hatched, its line points hollow and dashed.

/** The point of a line in the month in progress: hollow and dashed, bigger than the others. */
function OpenDot(props: { cx?: number; cy?: number; color: string }) {
  if (props.cx === undefined || props.cy === undefined) return <g />;
  return (
    <circle
      cx={props.cx}
      cy={props.cy}
      r={5}
      fill="#fff"
      stroke={props.color}
      strokeWidth={2}
      strokeDasharray="2 2"
    />
  );
}

/** One hatch pattern per bar series, in the series' colour, for the bars of the month in progress. */
export function HatchPatterns({
  series,
  idOf,
}: {
  series: readonly ChartSeries[];
  idOf: (s: ChartSeries) => string;
}) {
  return (
    <defs>
      {series
        .filter((s) => s.type === 'bar')
        .map((s) => (
          <pattern
            key={s.key}
            id={idOf(s)}
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={6} height={6} fill={s.color} fillOpacity={0.25} />
            <rect width={3} height={6} fill={s.color} />
          </pattern>
        ))}
    </defs>
  );
}

/** The points of a line: plain, or with the point at `open` (the month in progress) hollow and dashed. */
export function lineDot(color: string, open: number) {
  if (open < 0) return { r: 2.5 };
  return (props: { cx?: number; cy?: number; index?: number; key?: Key | null }) =>
    props.index === open ? (
      <OpenDot key={props.key ?? undefined} cx={props.cx} cy={props.cy} color={color} />
    ) : (
      <circle
        key={props.key ?? undefined}
        cx={props.cx}
        cy={props.cy}
        r={2.5}
        fill="#fff"
        stroke={color}
        strokeWidth={2}
      />
    );
}
