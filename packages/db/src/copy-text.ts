// Rows as the text of PostgreSQL's `COPY … (format csv)`: no database here, so the thread that checks a big import
// (interchange/measurements-worker.ts) makes it too.

/** One row as a line of PostgreSQL CSV: null as an empty cell, text quoted (an empty text is `""`). */
export function csvLine(values: readonly unknown[]): string {
  return values
    .map((value) => {
      if (value === null || value === undefined) return '';
      if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`;
      return String(value);
    })
    .join(',');
}

/** Rows as `COPY` text of the columns, one line each. */
export function copyTextOf<Column extends string>(
  columns: readonly Column[],
  rows: readonly Readonly<Record<Column, unknown>>[],
): string {
  return `${rows.map((row) => csvLine(columns.map((column) => row[column]))).join('\n')}\n`;
}
