import { type Column, DataTable, type TableOptions } from './data-table.tsx';
import { QueryState } from './query-state.tsx';

/**
 * A query's rows as a table, under the query's loading, error and empty states: a card whose only content is one
 * list (a card that shows more than its table uses QueryState itself).
 */
export function QueryTable<Row>({
  query,
  rows,
  emptyText,
  ...table
}: {
  query: { isPending: boolean; error: { message: string } | null };
  /** Undefined until the query has loaded. */
  rows: readonly Row[] | undefined;
  emptyText: string;
  label: string;
  columns: readonly Column<Row>[];
} & TableOptions<Row>) {
  return (
    <QueryState
      isPending={query.isPending}
      error={query.error}
      isEmpty={rows?.length === 0}
      emptyText={emptyText}
    >
      <DataTable {...table} rows={rows ?? []} />
    </QueryState>
  );
}
