import { useState } from 'react';
import type { CsvColumn } from '../lib/csv.ts';

/** The CSV writer is loaded when a file is first exported, not with every page that could export one. */
async function exportCsv<Row>(fileName: string, columns: readonly CsvColumn<Row>[], rows: readonly Row[]) {
  const { downloadCsv, toCsv } = await import('../lib/csv.ts');
  downloadCsv(fileName, toCsv(columns, rows));
}

/**
 * Downloads the data behind a table or chart as CSV. Should the writer's code not load (the dashboard updated since
 * the tab was opened, the connection dropped), it says so beside the button.
 */
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
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={rows.length === 0}
        onClick={() => {
          setFailed(false);
          exportCsv(fileName, columns, rows).catch(() => setFailed(true));
        }}
      >
        {/* The name begins with what the button says, then what it exports: "Export CSV of Spend by vendor". */}
        Export CSV<span className="sr-only"> of {label}</span>
      </button>
      {failed ? (
        <span className="export-failed" role="alert">
          Could not export: reload the page and try again.
        </span>
      ) : null}
    </>
  );
}
