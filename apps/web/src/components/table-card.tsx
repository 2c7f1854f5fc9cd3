import type { ReactNode } from 'react';
import type { Formatters } from '../lib/format.ts';
import type { SortDirection } from '../lib/sort-rows.ts';
import { DataCard } from './data-card.tsx';
import { type Column, csvColumns, DataTable } from './data-table.tsx';

/**
 * A card holding one table of a query's rows: the card's states, the table under the card's title, and the same
 * columns as its CSV (columns marked `exportOnly` only there). Most of the dashboard's tables are this.
 */
export function TableCard<Data, Row>({
  title,
  subtitle,
  query,
  rowsOf,
  emptyText,
  range,
  wide,
  columns,
  exportOnly,
  rowKey,
  format,
  onActivate,
  activateLabel,
  sortable,
  initialSort,
  maxHeight,
}: {
  title: string;
  subtitle?: ReactNode;
  query: { data: Data | undefined; isPending: boolean; error: { message: string } | null };
  /** The rows of the loaded data. */
  rowsOf: (data: Data) => readonly Row[];
  emptyText: string;
  range?: { from: string; to: string } | null;
  wide?: boolean;
  /** Every column, as exported. */
  columns: readonly Column<Row>[];
  /** The keys of columns only the export has (the screen's table is narrower). */
  exportOnly?: readonly string[];
  rowKey: (row: Row) => string;
  format?: Formatters;
  onActivate?: (row: Row) => void;
  activateLabel?: (row: Row) => string;
  sortable?: boolean;
  initialSort?: { key: string; direction: SortDirection };
  maxHeight?: number;
}) {
  return (
    <DataCard
      title={title}
      subtitle={subtitle}
      query={query}
      range={range}
      wide={wide}
      isEmpty={(data) => rowsOf(data).length === 0}
      emptyText={emptyText}
      exportOf={(data) => ({ columns: csvColumns(columns), rows: rowsOf(data) })}
    >
      {(data) => (
        <DataTable
          label={title}
          rows={rowsOf(data)}
          columns={exportOnly ? columns.filter((column) => !exportOnly.includes(column.key)) : columns}
          rowKey={rowKey}
          format={format}
          onActivate={onActivate}
          activateLabel={activateLabel}
          sortable={sortable}
          initialSort={initialSort}
          maxHeight={maxHeight}
        />
      )}
    </DataCard>
  );
}
