import { useId, useState } from 'react';
import {
  DEFAULT_HEAT_VIEW,
  HEAT_FILTER_LABELS,
  HEAT_FILTERS,
  HEAT_SORT_LABELS,
  HEAT_SORTS,
  type HeatFilter,
  type HeatSort,
  type HeatView,
  viewHeatRows,
} from './heatmap-view.ts';
import { type HeatmapProps, SlaHeatmap } from './sla-heatmap.tsx';

/**
 * The heatmap with what makes a hundred rows usable: a filter to the rows with a missed, breached or unreported
 * month, worst first, and a search of the engagement or SLA. The count of rows shown is announced as it changes.
 */
export function FilterableHeatmap({ months, rows, hrefOf }: HeatmapProps) {
  const [view, setView] = useState<HeatView>(DEFAULT_HEAT_VIEW);
  const id = useId();
  const shown = viewHeatRows(rows, view);
  const set = (patch: Partial<HeatView>) => setView((current) => ({ ...current, ...patch }));
  return (
    <>
      <div className="heatmap-controls">
        {/* Each label stands beside its control, not around it: its name is then the label alone. */}
        <span className="inline-select">
          <label htmlFor={`${id}-filter`}>Show</label>
          <select
            id={`${id}-filter`}
            value={view.filter}
            onChange={(event) => set({ filter: event.target.value as HeatFilter })}
          >
            {HEAT_FILTERS.map((filter) => (
              <option key={filter} value={filter}>
                {HEAT_FILTER_LABELS[filter]}
              </option>
            ))}
          </select>
        </span>
        <span className="inline-select">
          <label htmlFor={`${id}-sort`}>Order</label>
          <select
            id={`${id}-sort`}
            value={view.sort}
            onChange={(event) => set({ sort: event.target.value as HeatSort })}
          >
            {HEAT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {HEAT_SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </span>
        <span className="inline-select">
          <label htmlFor={`${id}-search`}>Find</label>
          <input
            id={`${id}-search`}
            type="search"
            placeholder="SLA or engagement"
            value={view.search}
            onChange={(event) => set({ search: event.target.value })}
          />
        </span>
        <span className="note heatmap-controls__count" role="status">
          {shown.length === rows.length ? `${rows.length} SLAs` : `${shown.length} of ${rows.length} SLAs`}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="note">No SLA matches: change the filter or the search.</p>
      ) : (
        <SlaHeatmap months={months} rows={shown} hrefOf={hrefOf} />
      )}
    </>
  );
}
