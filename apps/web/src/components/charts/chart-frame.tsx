import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { useDrawTurn } from './draw-turn.ts';

/** The keys that move between a chart's points, and where each one goes. */
const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (index, last) => Math.min(index + 1, last),
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The frame of every chart: one tab stop, where the arrow keys (and Home, End) move between the points, each
 * point announced with its label and figures, Enter opens the point where the chart drills down, and Escape hides
 * the tooltip. The chart draws the point the keyboard is on (`children` gets its index); `table` offers the
 * chart's data to screen readers as a table. The drawing waits for its turn (useDrawTurn), its place kept.
 */
export function ChartFrame({
  label,
  height,
  points,
  noun,
  describe,
  onSelect,
  table,
  legend,
  caption,
  children,
}: {
  label: string;
  /** The drawing's height in pixels. */
  height: number;
  /** How many points the keyboard moves between. */
  points: number;
  /** What a point is called, plural: "months", "vendors". */
  noun: string;
  /** What a screen reader says of a point: "Mar 26: Charges $1,234.50, Net cost $1,100.00". */
  describe: (index: number) => string;
  onSelect?: (index: number) => void;
  table?: ReactNode;
  /** What the drawing's colours stand for, under it (shown before the drawing's turn comes). */
  legend?: ReactNode;
  /** What the drawing needs said beside it: that a month is in progress. */
  caption?: ReactNode;
  children: (active: number | undefined) => ReactNode;
}) {
  const hint = useId();
  const ready = useDrawTurn();
  const [index, setIndex] = useState<number | null>(null);
  const [showing, setShowing] = useState(false);
  const last = points - 1;
  const current = index === null ? null : Math.min(index, last);
  const active = showing && current !== null && current >= 0 ? current : undefined;

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move && last >= 0) {
      event.preventDefault();
      setIndex(move(current ?? 0, last));
      setShowing(true);
    } else if (event.key === 'Enter' && onSelect && active !== undefined) {
      event.preventDefault();
      onSelect(active);
    } else if (event.key === 'Escape') {
      setShowing(false);
    }
  };

  return (
    <figure className="chart" data-testid="chart">
      <div
        className="chart__surface"
        role="application"
        aria-roledescription="chart"
        aria-label={label}
        aria-describedby={hint}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart is one widget the arrow keys move within.
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // A click focuses the chart too: the mouse has its own tooltip, and its click must reach the bar.
          if (!event.currentTarget.matches(':focus-visible')) return;
          if (current === null) setIndex(0);
          setShowing(true);
        }}
        onBlur={() => setShowing(false)}
      >
        {ready ? children(active) : <div style={{ height }} />}
      </div>
      {legend}
      {caption ? <figcaption className="chart__caption">{caption}</figcaption> : null}
      <p id={hint} className="sr-only">
        {`${points} ${noun}: the arrow keys move between them${onSelect ? ', Enter opens the one selected' : ''}.`}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="chart-announcement">
        {active === undefined ? '' : describe(active)}
      </p>
      {table}
    </figure>
  );
}

/** A chart's data as a table only screen readers meet: the figures behind the drawing, every one exact. */
export function ChartDataTable({
  label,
  headers,
  rows,
}: {
  label: string;
  headers: readonly string[];
  rows: readonly { key: string; cells: readonly string[] }[];
}) {
  // The wrapper hides it: a table itself lays out wider than a width of 1 px.
  return (
    <div className="sr-only">
      <table>
        <caption>{`${label}, as a table`}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={headers[index]} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={headers[index]}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
