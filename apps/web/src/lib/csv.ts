import { protectFormula } from '@portfolio/domain';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ValueKind } from './format.ts';

/** A column of an exported file: its header and how its values are written. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
  /** How a number is written: with the decimals the page shows it with (`FIGURE_DECIMALS`). */
  kind?: ValueKind | 'text';
}

/**
 * The decimals a figure is written with: the precision the page shows (money in cents, a percentage with one
 * decimal, a mean rating with two), so a file never holds 35.23679797979798 where the page said 35.2 %. Figures are
 * plain numbers (a point, an ASCII minus, no grouping), so spreadsheets read them as numbers.
 */
export const FIGURE_DECIMALS: Record<ValueKind, number> = {
  money: 2,
  pct: 1,
  count: 0,
  days: 1,
  score: 1,
  rating: 2,
  number: 2,
};

function figure(kind: ValueKind, value: number): string {
  const fixed = value.toFixed(FIGURE_DECIMALS[kind]);
  // A plain number ('number') keeps only the decimals it has: 12.5, not 12.50.
  return kind === 'number' ? String(Number(fixed)) : fixed;
}

/**
 * The rows as CSV text with a header row; an empty cell means "not set". These files are opened in spreadsheets,
 * so a text cell that would start a formula (a vendor named `=HYPERLINK(…)`) is written with a leading apostrophe,
 * which shows it as the text it is (the same rule as `pnpm portfolio export`); a figure computed here is written
 * with the page's decimals, and one the API gave as exact text (an amount, an SLA's actual) as it is.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const cell = (column: CsvColumn<Row>, row: Row) => {
    const value = column.value(row);
    if (value === null || value === undefined) return '';
    const isText = column.kind === undefined || column.kind === 'text';
    if (!isText && typeof value === 'number' && Number.isFinite(value))
      return figure(column.kind as ValueKind, value);
    return protectFormula(String(value));
  };
  return stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cell(c, row)))], {
    record_delimiter: '\n',
  });
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
