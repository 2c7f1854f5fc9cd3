import { type KeyboardEvent, useState } from 'react';
import { Link } from 'react-router';
import {
  SLA_STATUS_LABEL,
  SLA_STATUS_SYMBOL,
  type SlaCellStatus,
} from '../../components/charts/sla-trend-points.ts';
import type { HeatRow } from './sla-data.ts';
import './heatmap.css';
import './slas.css';

const STATUSES: SlaCellStatus[] = ['met', 'missed', 'breached', 'unreported'];

/** What each colour and symbol of the heatmap means; `inProgress` names the open month when the range has it. */
export function HeatmapLegend({ inProgress }: { inProgress?: string | null }) {
  return (
    <ul className="legend" aria-label="Legend">
      {STATUSES.map((status) => (
        <li key={status}>
          <span className={`heat heat--${status}`} aria-hidden="true">
            {SLA_STATUS_SYMBOL[status]}
          </span>
          {SLA_STATUS_LABEL[status]}
        </li>
      ))}
      <li>
        <span className="heat heat--none" aria-hidden="true" />
        Not running
      </li>
      <li>
        <span className="heat-note-dot" aria-hidden="true" />
        Reason given (in the cell’s label)
      </li>
      {inProgress ? (
        <li>
          <span className="heat heat--none heat--open" aria-hidden="true" />
          {inProgress}: in progress, partial
        </li>
      ) : null}
    </ul>
  );
}

/** Where each arrow key moves in the grid of cells: [rows, columns]. */
const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The months across, the rows down, and where a cell's link opens. */
export type HeatmapProps = {
  months: { period: string; label: string; inProgress?: boolean }[];
  rows: HeatRow[];
  hrefOf: (row: HeatRow) => string;
};

/**
 * The engagement/SLA × month heatmap. Each cell shows its status by colour and by symbol, and is a link to the
 * SLA (Enter opens it); `hrefOf` says where. The grid is one tab stop: the arrow keys (Home, End: the row's ends)
 * move between its cells, so hundreds of cells do not stand between the keyboard and what follows.
 */
export function SlaHeatmap({ months, rows, hrefOf }: HeatmapProps) {
  const [at, setAt] = useState<[number, number]>([0, 0]);
  const [row0 = 0, col0 = 0] = [Math.min(at[0], rows.length - 1), Math.min(at[1], months.length - 1)];
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const step = STEPS[event.key];
    let next: [number, number] | null = null;
    if (step) next = [row0 + step[0], col0 + step[1]];
    else if (event.key === 'Home') next = [row0, 0];
    else if (event.key === 'End') next = [row0, months.length - 1];
    if (!next) return;
    event.preventDefault();
    const [r, c] = [
      Math.max(0, Math.min(next[0], rows.length - 1)),
      Math.max(0, Math.min(next[1], months.length - 1)),
    ];
    setAt([r, c]);
    event.currentTarget.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`)?.focus();
  };
  return (
    <div className="heatmap-wrap">
      <table className="heatmap" aria-label="SLA status by month" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col">Engagement · SLA</th>
            {months.map((month) => (
              <th
                scope="col"
                key={month.period}
                className={month.inProgress ? 'heatmap__open' : undefined}
                title={month.inProgress ? `${month.label}: in progress, partial` : undefined}
              >
                {month.label}
                {month.inProgress ? <span className="sr-only"> (in progress)</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={`${row.engagement}/${row.sla}`}>
              <th scope="row" title={row.title}>
                {row.title}
                {row.critical ? <span className="sr-only"> (critical)</span> : null}
                {row.critical ? <span aria-hidden="true"> ★</span> : null}
              </th>
              {row.cells.map((cell, c) => {
                const open = months[c]?.inProgress ? ' heat--open' : '';
                const noted = cell.note ? ' heat--noted' : '';
                return (
                  <td key={cell.period}>
                    {cell.status === 'none' ? (
                      <span
                        className={`heat heat--none${open}`}
                        title={cell.label}
                        aria-label={cell.label}
                        role="img"
                        data-cell={`${r}:${c}`}
                        tabIndex={r === row0 && c === col0 ? 0 : -1}
                        onFocus={() => setAt([r, c])}
                      />
                    ) : (
                      <Link
                        className={`heat heat--${cell.status}${open}${noted}`}
                        to={hrefOf(row)}
                        title={cell.label}
                        aria-label={cell.label}
                        data-status={cell.status}
                        data-cell={`${r}:${c}`}
                        tabIndex={r === row0 && c === col0 ? 0 : -1}
                        onFocus={() => setAt([r, c])}
                      >
                        {cell.symbol}
                      </Link>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
