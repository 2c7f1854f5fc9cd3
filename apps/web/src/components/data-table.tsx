import { type ReactNode, useState } from 'react';
import type { CsvColumn } from '../lib/csv.ts';
import type { Formatters, ValueKind } from '../lib/format.ts';
import { type SortDirection, type SortValue, sortRows } from '../lib/sort-rows.ts';
import { ScrollFrame } from './scroll-frame.tsx';

/** A column: its raw value (sorted on and exported), how it reads, and optionally its own cell. */
export interface Column<Row> {
  key: string;
  header: string;
  value: (row: Row) => SortValue;
  kind?: ValueKind | 'text';
  render?: (row: Row) => ReactNode;
  /** Hidden from the screen table but kept in the export. */
  exportOnly?: boolean;
  /** `false` for a column of actions: nothing to sort by. */
  sortable?: boolean;
}

const NUMERIC = new Set<string>(['money', 'pct', 'count', 'days', 'score', 'rating', 'number']);

/** The CSV columns of a table: every column's raw value under its header. */
export function csvColumns<Row>(columns: readonly Column<Row>[]): CsvColumn<Row>[] {
  return columns.map((column) => ({
    header: column.header,
    value: (row) => column.value(row) ?? null,
    kind: column.kind ?? 'text',
  }));
}

/** How a table shows its rows, besides the rows and columns: a table card passes these on as they are. */
export type TableOptions<Row> = {
  rowKey: (row: Row) => string;
  /** How numbers read: needed by a table with money, percentages or counts that have no `render` of their own. */
  format?: Formatters;
  onActivate?: (row: Row) => void;
  activateLabel?: (row: Row) => string;
  sortable?: boolean;
  initialSort?: { key: string; direction: SortDirection };
  maxHeight?: number;
};

/**
 * A table of rows. Headers sort (click or Enter; `aria-sort` tells which); with `onActivate` each row is a
 * drill-down: focusable, and Enter or a click opens it.
 */
export function DataTable<Row>({
  label,
  rows,
  columns,
  rowKey,
  format,
  onActivate,
  activateLabel,
  sortable = true,
  initialSort,
  maxHeight,
}: {
  label: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
} & TableOptions<Row>) {
  const [sort, setSort] = useState(initialSort ?? null);
  const shown = columns.filter((column) => !column.exportOnly);
  const sortColumn = sort ? columns.find((column) => column.key === sort.key) : undefined;
  const sorted = sort && sortColumn ? sortRows(rows, sortColumn.value, sort.direction) : rows;
  const toggle = (key: string, kind: Column<Row>['kind']) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: kind && NUMERIC.has(kind) ? 'desc' : 'asc' },
    );

  return (
    <ScrollFrame
      label={`${label} (scrolls)`}
      className="table-wrap"
      style={maxHeight ? { maxHeight } : undefined}
    >
      <table className="data-table" aria-label={label}>
        <thead>
          <tr>
            {shown.map((column) => {
              const numeric = column.kind !== undefined && NUMERIC.has(column.kind);
              const state = sort?.key === column.key ? sort.direction : null;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={numeric ? 'num' : undefined}
                  aria-sort={state === 'asc' ? 'ascending' : state === 'desc' ? 'descending' : undefined}
                >
                  {sortable && column.sortable !== false ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => toggle(column.key, column.kind)}
                    >
                      {column.header}
                      <span aria-hidden="true" className="sort-button__arrow">
                        {state === 'asc' ? '▲' : state === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr
              key={rowKey(row)}
              className={onActivate ? 'row-link' : undefined}
              tabIndex={onActivate ? 0 : undefined}
              aria-label={onActivate && activateLabel ? activateLabel(row) : undefined}
              onClick={onActivate ? () => onActivate(row) : undefined}
              onKeyDown={
                onActivate
                  ? (event) => {
                      if (event.key === 'Enter') onActivate(row);
                    }
                  : undefined
              }
            >
              {shown.map((column) => {
                const numeric = column.kind !== undefined && NUMERIC.has(column.kind);
                const value = column.value(row);
                return (
                  <td key={column.key} className={numeric ? 'num' : undefined}>
                    {column.render
                      ? column.render(row)
                      : numeric && format
                        ? format.format(column.kind as ValueKind, value as number | string | null)
                        : String(value ?? '—')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}
