import { Link } from 'react-router';
import {
  SLA_STATUS_LABEL,
  SLA_STATUS_SYMBOL,
  type SlaCellStatus,
} from '../../components/charts/sla-trend-points.ts';
import type { HeatRow } from './sla-data.ts';

const STATUSES: SlaCellStatus[] = ['met', 'missed', 'breached', 'unreported'];

/** What each colour and symbol of the heatmap means. */
export function HeatmapLegend() {
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
    </ul>
  );
}

/**
 * The engagement/SLA × month heatmap. Each cell shows its status by colour and by symbol, and is a link to the
 * SLA (Enter opens it); `hrefOf` says where.
 */
export function SlaHeatmap({
  months,
  rows,
  hrefOf,
}: {
  months: { period: string; label: string }[];
  rows: HeatRow[];
  hrefOf: (row: HeatRow) => string;
}) {
  return (
    <div className="heatmap-wrap">
      <table className="heatmap" aria-label="SLA status by month">
        <thead>
          <tr>
            <th scope="col">Engagement · SLA</th>
            {months.map((month) => (
              <th scope="col" key={month.period}>
                {month.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.engagement}/${row.sla}`}>
              <th scope="row" title={row.title}>
                {row.title}
                {row.critical ? <span className="sr-only"> (critical)</span> : null}
                {row.critical ? <span aria-hidden="true"> ★</span> : null}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.period}>
                  {cell.status === 'none' ? (
                    <span className="heat heat--none" title={cell.label} aria-label={cell.label} role="img" />
                  ) : (
                    <Link
                      className={`heat heat--${cell.status}`}
                      to={hrefOf(row)}
                      title={cell.label}
                      aria-label={cell.label}
                      data-status={cell.status}
                    >
                      {cell.symbol}
                    </Link>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
