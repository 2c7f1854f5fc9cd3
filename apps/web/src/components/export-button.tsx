import type { CsvColumn } from '../lib/csv.ts';

/** The CSV writer is loaded when a file is first exported, not with every page that could export one. */
async function exportCsv<Row>(fileName: string, columns: readonly CsvColumn<Row>[], rows: readonly Row[]) {
  const { downloadCsv, toCsv } = await import('../lib/csv.ts');
  downloadCsv(fileName, toCsv(columns, rows));
}

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
      onClick={() => void exportCsv(fileName, columns, rows)}
    >
      {/* The name begins with what the button says, then what it exports: "Export CSV of Spend by vendor". */}
      Export CSV<span className="sr-only"> of {label}</span>
    </button>
  );
}
