import type { HeatRow } from './sla-data.ts';

/** Which rows the heatmap shows: all, or those with at least one cell of a status in the range. */
export const HEAT_FILTERS = ['all', 'missed', 'breached', 'unreported'] as const;
export type HeatFilter = (typeof HEAT_FILTERS)[number];

export const HEAT_FILTER_LABELS: Record<HeatFilter, string> = {
  all: 'All SLAs',
  missed: 'With a missed month',
  breached: 'With a breached month',
  unreported: 'With an unreported month',
};

/** How the rows are ordered: by engagement and SLA code (as listed), or worst first. */
export const HEAT_SORTS = ['code', 'worst'] as const;
export type HeatSort = (typeof HEAT_SORTS)[number];

export const HEAT_SORT_LABELS: Record<HeatSort, string> = {
  code: 'Engagement and SLA',
  worst: 'Worst first',
};

export interface HeatView {
  filter: HeatFilter;
  sort: HeatSort;
  /** Words to find in the engagement's code or name or the SLA's code or name; blank: every row. */
  search: string;
}

export const DEFAULT_HEAT_VIEW: HeatView = { filter: 'all', sort: 'code', search: '' };

/** A row's counts of the cells of each failing status. */
export function failureCounts(row: HeatRow) {
  const count = (status: string) => row.cells.filter((cell) => cell.status === status).length;
  const missed = count('missed');
  const breached = count('breached');
  // A miss is any month below the expected level: a breach is a miss that also failed the minimum.
  return { misses: missed + breached, breached, unreported: count('unreported') };
}

/** Every word of the search is in the row's engagement code or name, or its SLA code or name (any case). */
function matches(row: HeatRow, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${row.engagement} ${row.engagementName} ${row.sla} ${row.slaName}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/**
 * The heatmap's rows as the view asks: those with a cell of the chosen status, matching the search, in code order
 * or worst first — most misses (missed or breached months), then most breaches, then most unreported months,
 * then by code. The sort is stable, so rows equally bad keep their engagement and SLA order.
 */
export function viewHeatRows(rows: readonly HeatRow[], view: HeatView): HeatRow[] {
  const shown = rows.filter(
    (row) =>
      (view.filter === 'all' || row.cells.some((cell) => cell.status === view.filter)) &&
      matches(row, view.search),
  );
  if (view.sort === 'code') return shown;
  const counts = new Map(shown.map((row) => [row, failureCounts(row)]));
  return [...shown].sort((a, b) => {
    const [x, y] = [counts.get(a), counts.get(b)];
    if (!x || !y) return 0;
    return y.misses - x.misses || y.breached - x.breached || y.unreported - x.unreported;
  });
}
