import { list, quote } from './cells.ts';
import type { InterchangeFile, InterchangeLayout } from './interchange-file.ts';

/** Why a row of a file was refused. `line` is the CSV line (the header is line 1); `column` null for the row. */
export type InterchangeError = { line: number; column: string | null; reason: string };

/** One parsed CSV record: the line it starts on and its cells. */
export type CsvRecord = { line: number; cells: readonly string[] };

export type ValidatedRow<Row> = { line: number; row: Row };

/** The rows that passed and every error; a file with any error is rejected whole. */
export type FileValidation<Row> = { rows: ValidatedRow<Row>[]; errors: InterchangeError[] };

/** `line 7, column period: "2025-13" is not a month (YYYY-MM)`. */
export function formatInterchangeError(error: InterchangeError): string {
  const where = error.column === null ? `line ${error.line}` : `line ${error.line}, column ${error.column}`;
  return `${where}: ${error.reason}`;
}

/**
 * The header must name every required column, no unknown column and none twice; optional columns may be left
 * out (they are then "not set" in every row). `header` is null for an empty file.
 */
export function validateInterchangeHeader(
  file: InterchangeLayout,
  header: readonly string[] | null,
): InterchangeError[] {
  if (header === null) {
    return [
      { line: 1, column: null, reason: `the file is empty: expected a header row ${file.columns.join(',')}` },
    ];
  }
  const known = new Set<string>(file.columns);
  const errors: InterchangeError[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') {
      errors.push({ line: 1, column: null, reason: `column ${index + 1} of the header has no name` });
    } else if (seen.has(name)) {
      errors.push({ line: 1, column: name, reason: 'appears more than once in the header' });
    } else if (!known.has(name)) {
      errors.push({
        line: 1,
        column: name,
        reason: `unknown column: ${file.name} has ${list(file.columns)}`,
      });
    }
    seen.add(name);
  });
  for (const name of file.required) {
    if (!seen.has(name)) errors.push({ line: 1, column: name, reason: 'required column is missing' });
  }
  return errors;
}

/**
 * Validates a parsed file: the header, then each record against the file's row schema, then the natural key
 * (a key seen on an earlier line makes the later row bad). Records whose cells are all empty are skipped.
 * Header cells are compared trimmed.
 */
export function validateInterchangeFile<Row extends object>(
  file: InterchangeFile<string, Row>,
  rawHeader: readonly string[] | null,
  records: readonly CsvRecord[],
): FileValidation<Row> {
  const header = rawHeader?.map((name) => name.trim()) ?? null;
  const headerErrors = validateInterchangeHeader(file, header);
  if (header === null || headerErrors.length > 0) return { rows: [], errors: headerErrors };

  const rows: ValidatedRow<Row>[] = [];
  const errors: InterchangeError[] = [];
  for (const record of records) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    if (record.cells.length !== header.length) {
      errors.push({
        line: record.line,
        column: null,
        reason: `has ${record.cells.length} cells where the header has ${header.length} columns`,
      });
      continue;
    }
    const cells: Record<string, string> = Object.fromEntries(file.columns.map((column) => [column, '']));
    header.forEach((column, index) => {
      cells[column] = record.cells[index] ?? '';
    });
    const parsed = file.schema.safeParse(cells);
    if (parsed.success) {
      rows.push({ line: record.line, row: parsed.data });
    } else {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0];
        errors.push({
          line: record.line,
          column: typeof column === 'string' ? column : null,
          reason: issue.message,
        });
      }
    }
  }
  errors.push(...duplicateKeys(file, rows));
  return { rows, errors: sortInterchangeErrors(file, errors) };
}

function duplicateKeys<Row extends object>(
  file: InterchangeFile<string, Row>,
  rows: readonly ValidatedRow<Row>[],
): InterchangeError[] {
  const firstLine = new Map<string, number>();
  const errors: InterchangeError[] = [];
  for (const { line, row } of rows) {
    const values = file.key.map((column) => String(row[column]));
    const key = JSON.stringify(values);
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, line);
      continue;
    }
    const described = file.key.map((column, index) => `${column} ${quote(values[index] ?? '')}`).join(', ');
    errors.push({ line, column: null, reason: `duplicate key ${described}: also on line ${first}` });
  }
  return errors;
}

/** Errors by line, then by the column's place in the file (row-level errors first). */
export function sortInterchangeErrors(
  file: InterchangeLayout,
  errors: readonly InterchangeError[],
): InterchangeError[] {
  const place = (column: string | null) => (column === null ? -1 : file.columns.indexOf(column));
  return [...errors].sort((a, b) => a.line - b.line || place(a.column) - place(b.column));
}
