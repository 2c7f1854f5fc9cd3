import {
  SLA_STATUS_LABEL,
  SLA_STATUS_SYMBOL,
  type SlaCellStatus,
} from '../../components/charts/sla-trend-points.ts';
import { monthLabel, shortMonthLabel } from '../../lib/format.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

type Grid = RouterOutputs['report']['slaGrid'];

export interface HeatCell {
  period: string;
  status: SlaCellStatus | 'none';
  symbol: string;
  /**
   * What a screen reader says and a tooltip shows: "ENG-001 ASA, Feb 2025: missed (35). Reason given: storm week".
   * The vendor's note is "reason given", not "vendor's note": a cell must not answer to the Vendor filter's label.
   */
  label: string;
  /** The vendor's note of the month's measurement, if they gave one. */
  note: string | null;
}

export interface HeatRow {
  engagement: string;
  engagementName: string;
  sla: string;
  slaName: string;
  title: string;
  critical: boolean;
  cells: HeatCell[];
}

/**
 * The SLA grid as heatmap rows: each cell's status, its symbol (besides its colour) and a spoken label. The month
 * in progress (`openMonth`), when the grid has it, is marked: its cells are partial.
 */
export function toHeatmap(
  grid: Grid,
  openMonth: string | null = null,
): { months: { period: string; label: string; inProgress: boolean }[]; rows: HeatRow[] } {
  return {
    months: grid.months.map((period) => ({
      period,
      label: shortMonthLabel(period),
      inProgress: period === openMonth,
    })),
    rows: grid.rows.map((row) => ({
      engagement: row.engagement,
      engagementName: row.engagementName,
      sla: row.code,
      slaName: row.name,
      title: `${row.engagement} · ${row.code} ${row.name}`,
      critical: row.kind === 'critical',
      cells: row.cells.map((cell) => {
        const month = monthLabel(cell.period);
        const where = `${row.engagement} ${row.code}, ${cell.period === openMonth ? `${month} (in progress)` : month}`;
        if (cell.status === null)
          return {
            period: cell.period,
            status: 'none',
            symbol: '',
            label: `${where}: not running`,
            note: null,
          };
        const measured = cell.actual === null ? '' : ` (${cell.actual})`;
        const note = cell.note?.trim() ? cell.note.trim() : null;
        return {
          period: cell.period,
          status: cell.status,
          symbol: SLA_STATUS_SYMBOL[cell.status],
          label: `${where}: ${SLA_STATUS_LABEL[cell.status].toLowerCase()}${measured}${note ? `. Reason given: ${note}` : ''}`,
          note,
        };
      }),
    })),
  };
}

/** The SLA a page shows first: the one given, else the first that breached, else the first. */
export function pickSla(grid: Grid, chosen: string | null): string | null {
  const ids = grid.rows.map((row) => `${row.engagement}/${row.code}`);
  if (chosen && ids.includes(chosen)) return chosen;
  const breached = grid.rows.find((row) => row.cells.some((cell) => cell.status === 'breached'));
  return breached ? `${breached.engagement}/${breached.code}` : (ids[0] ?? null);
}
