import type { ReactNode } from 'react';
import type { CsvColumn } from '../lib/csv.ts';
import { csvFileName } from '../lib/csv-file-name.ts';
import { Card } from './card.tsx';
import { ExportButton } from './export-button.tsx';
import { useExportScope } from './export-scope.tsx';
import { QueryState } from './query-state.tsx';

/** What a card offers for download once its data is there. */
export interface CardExport<Row> {
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
}

/**
 * A card over one query: loading, error and empty states as everywhere, then its content, and its data as CSV.
 * The content gets the loaded data; the export is built from the same data.
 */
/**
 * What a page tells every card over one query (a chart card, a table card…): its title, the query, the range its
 * export is named after. The kinds of card pass it on to DataCard as it is.
 */
export type DataCardFrame<Data> = {
  title: string;
  subtitle?: ReactNode;
  query: { data: Data | undefined; isPending: boolean; error: { message: string } | null };
  range?: { from: string; to: string } | null;
  wide?: boolean;
};

export function DataCard<Data, Row>({
  title,
  subtitle,
  query,
  isEmpty,
  emptyText,
  exportOf,
  range,
  wide,
  children,
}: DataCardFrame<Data> & {
  isEmpty: (data: Data) => boolean;
  emptyText: string;
  exportOf?: (data: Data) => CardExport<Row>;
  children: (data: Data) => ReactNode;
}) {
  const scope = useExportScope();
  const data = query.data;
  const exported = data !== undefined && exportOf ? exportOf(data) : null;
  return (
    <Card
      title={title}
      subtitle={subtitle}
      wide={wide}
      actions={
        exported ? (
          <ExportButton
            label={title}
            fileName={csvFileName(title, range ?? undefined, scope)}
            columns={exported.columns}
            rows={exported.rows}
          />
        ) : null
      }
    >
      <QueryState
        isPending={query.isPending}
        error={query.error}
        isEmpty={data === undefined || isEmpty(data)}
        emptyText={emptyText}
      >
        {data === undefined ? null : children(data)}
      </QueryState>
    </Card>
  );
}
