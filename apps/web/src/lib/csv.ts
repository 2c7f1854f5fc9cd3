import { protectFormula } from '@portfolio/domain';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ValueKind } from './format.ts';

/** A column of an exported file: its header and how its values are written. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
  /** Money is written with two decimals; other numbers as they are. */
  kind?: ValueKind | 'text';
}

/**
 * The rows as CSV text with a header row; an empty cell means "not set". These files are opened in spreadsheets,
 * so a text cell that would start a formula (a vendor named `=HYPERLINK(…)`) is written with a leading apostrophe,
 * which shows it as the text it is; figures are written as they are. The same rule as `pnpm portfolio export`.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const cell = (column: CsvColumn<Row>, row: Row) => {
    const value = column.value(row);
    if (value === null || value === undefined) return '';
    if (column.kind === 'money' && typeof value === 'number') return value.toFixed(2);
    return protectFormula(String(value));
  };
  return stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cell(c, row)))], {
    record_delimiter: '\n',
  });
}

/** A file name from a title and the range: "Spend by vendor" → "spend-by-vendor-2025-01-2025-06.csv". */
export function csvFileName(title: string, range?: { from: string; to: string }): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}${range ? `-${range.from}-${range.to}` : ''}.csv`;
}

/** Offers the text to the browser as a download. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
