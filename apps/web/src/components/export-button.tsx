import { type CsvColumn, downloadCsv, toCsv } from '../lib/csv.ts';

/** Downloads the data behind a table or chart as CSV. */
export function ExportButton<Row>({
  fileName,
  columns,
  rows,
  label,
}: {
  fileName: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
  label: string;
}) {
  return (
    <button
      type="button"
      className="button button--small"
      disabled={rows.length === 0}
      onClick={() => downloadCsv(fileName, toCsv(columns, rows))}
    >
      {/* The name begins with what the button says, then what it exports: "Export CSV of Spend by vendor". */}
      Export CSV<span className="sr-only"> of {label}</span>
    </button>
  );
}
