import { DataCard, type DataCardFrame } from './data-card.tsx';
import { type Column, csvColumns, DataTable, type TableOptions } from './data-table.tsx';

/**
 * A card holding one table of a query's rows: the card's states, the table under the card's title, and the same
 * columns as its CSV (columns marked `exportOnly` only there). Most of the dashboard's tables are this.
 */
export function TableCard<Data, Row>({
  rowsOf,
  emptyText,
  columns,
  exportOnly,
  ...rest
}: DataCardFrame<Data> &
  TableOptions<Row> & {
    /** The rows of the loaded data. */
    rowsOf: (data: Data) => readonly Row[];
    emptyText: string;
    /** Every column, as exported. */
    columns: readonly Column<Row>[];
    /** The keys of columns only the export has (the screen's table is narrower). */
    exportOnly?: readonly string[];
  }) {
  const { title, subtitle, query, range, wide, ...table } = rest;
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
          {...table}
          label={title}
          rows={rowsOf(data)}
          columns={exportOnly ? columns.filter((column) => !exportOnly.includes(column.key)) : columns}
        />
      )}
    </DataCard>
  );
}
