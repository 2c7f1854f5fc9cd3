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
  const validator = interchangeRowValidator(file, rawHeader);
  if (validator.headerErrors.length > 0) return { rows: [], errors: validator.headerErrors };
  const { rows, errors } = validator.validate(records);
  return { rows, errors: sortInterchangeErrors(file, errors) };
}

/** Validates a file's records a part at a time, in line order, remembering the keys of earlier parts. */
export type InterchangeRowValidator<Row> = {
  /** What is wrong with the header; when any, no record can be read. */
  headerErrors: InterchangeError[];
  /** The next records' rows and errors (unsorted), duplicate keys of earlier parts included. */
  validate(records: readonly CsvRecord[]): FileValidation<Row>;
};

/**
 * The validator behind validateInterchangeFile, for importers that write a big file's first rows while they
 * validate the next ones: the same checks, fed in parts.
 */
export function interchangeRowValidator<Row extends object>(
  file: InterchangeFile<string, Row>,
  rawHeader: readonly string[] | null,
): InterchangeRowValidator<Row> {
  const header = rawHeader?.map((name) => name.trim()) ?? null;
  const headerErrors = validateInterchangeHeader(file, header);
  const firstLineOfKey = new Map<string, number>();
  return {
    headerErrors,
    validate(records) {
      if (header === null || headerErrors.length > 0) return { rows: [], errors: [] };
      const rows: ValidatedRow<Row>[] = [];
      const errors: InterchangeError[] = [];
      for (const record of records) {
        const checked = validateRecord(file, header, record, firstLineOfKey);
        if (checked === null) continue;
        if ('row' in checked) rows.push(checked);
        else errors.push(...checked.errors);
      }
      return { rows, errors };
    },
  };
}

/** One record checked: its row, its errors, or null for a record of empty cells (skipped). */
function validateRecord<Row extends object>(
  file: InterchangeFile<string, Row>,
  header: readonly string[],
  record: CsvRecord,
  firstLineOfKey: Map<string, number>,
): ValidatedRow<Row> | { errors: InterchangeError[] } | null {
  const { line } = record;
  if (record.cells.every((cell) => cell.trim() === '')) return null;
  if (record.cells.length !== header.length) {
    const reason = `has ${record.cells.length} cells where the header has ${header.length} columns`;
    return { errors: [{ line, column: null, reason }] };
  }
  const cells: Record<string, string> = {};
  for (const column of file.columns) cells[column] = '';
  for (let index = 0; index < header.length; index += 1) {
    cells[header[index] as string] = record.cells[index] ?? '';
  }
  const parsed = file.schema.safeParse(cells);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const column = issue.path[0];
      return { line, column: typeof column === 'string' ? column : null, reason: issue.message };
    });
    return { errors };
  }
  const values = file.key.map((column) => String(parsed.data[column]));
  // Cells cannot hold NUL (textSchema), so joined by it the values make a key no other row shares by accident.
  const key = values.join('\u0000');
  const first = firstLineOfKey.get(key);
  if (first !== undefined) {
    const described = file.key.map((column, index) => `${column} ${quote(values[index] ?? '')}`).join(', ');
    return { errors: [{ line, column: null, reason: `duplicate key ${described}: also on line ${first}` }] };
  }
  firstLineOfKey.set(key, line);
  return { line, row: parsed.data };
}

/** Errors by line, then by the column's place in the file (row-level errors first). */
export function sortInterchangeErrors(
  file: InterchangeLayout,
  errors: readonly InterchangeError[],
): InterchangeError[] {
  const place = (column: string | null) => (column === null ? -1 : file.columns.indexOf(column));
  return [...errors].sort((a, b) => a.line - b.line || place(a.column) - place(b.column));
}
