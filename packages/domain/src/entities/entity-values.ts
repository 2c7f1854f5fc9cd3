import { z } from 'zod';
import { compareDecimals, parseDecimal } from '../decimal.ts';
import {
  INTERCHANGE_FILE_BY_NAME,
  type InterchangeFileName,
  type InterchangeRows,
} from '../interchange/files.ts';
import type { InterchangeFile } from '../interchange/interchange-file.ts';
import { textSchema } from '../schemas.ts';

/**
 * The values of one row as a form holds them: each column of the entity's interchange file as text. Forms, the
 * API and CSV files share one set of field rules: a form's values pass through the very row schema of the file,
 * so a value a CSV import refuses is refused beside the form's field with the same reason, and vice versa.
 */
export type EntityValues<Name extends InterchangeFileName> = Record<
  keyof InterchangeRows[Name] & string,
  string
>;

/**
 * One value as a caller gives it: text as typed, or a number or boolean from a script; null or absent is empty
 * ("not set"), like an empty CSV cell.
 */
export const cellValueSchema = z
  .union([
    textSchema.max(10_000, 'is too long (at most 10,000 characters)'),
    z.number(),
    z.boolean(),
    z.null(),
  ])
  .optional()
  .transform((value) => (value === null || value === undefined ? '' : String(value)));

/** What a caller may give for one column. */
export type CellInput = string | number | boolean | null | undefined;

/** A row's values as a caller gives them: any column may be left out (empty). */
export type ValuesInput<Row> = { [Column in keyof Row & string]?: CellInput };

/** The zod schema of a row's values: the file's columns as cells, then the file's own row schema. */
export function valuesSchema<Name extends string, Row extends object>(
  file: InterchangeFile<Name, Row>,
): z.ZodType<Row, ValuesInput<Row>> {
  const shape = Object.fromEntries(file.columns.map((column) => [column, cellValueSchema]));
  // Each column becomes text; the object's typed shape is the file's columns, which zod cannot infer from a list.
  const cells = z.object(shape) as unknown as z.ZodType<Record<string, string>, ValuesInput<Row>>;
  return cells.pipe(file.schema);
}

/** Every column of a file empty: a blank form. */
export function blankValues<Name extends InterchangeFileName>(name: Name): EntityValues<Name> {
  const { columns } = INTERCHANGE_FILE_BY_NAME[name];
  return Object.fromEntries(columns.map((column) => [column, ''])) as EntityValues<Name>;
}

/** A stored value as a form shows it: null is empty, booleans true/false, numbers and decimals as stored. */
export function toCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/**
 * The columns whose values differ between two versions of a row. Values are compared as typed values of the file
 * (so "10" and "10.00" are the same percentage), falling back to the text where a side does not parse.
 */
export function changedColumns<Row extends object>(
  file: InterchangeFile<string, Row>,
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): (keyof Row & string)[] {
  const parsedA = file.schema.safeParse(normalized(file, a));
  const parsedB = file.schema.safeParse(normalized(file, b));
  return file.columns.filter((column) => {
    if (parsedA.success && parsedB.success) {
      return !sameValue(parsedA.data[column], parsedB.data[column]);
    }
    return (a[column] ?? '').trim() !== (b[column] ?? '').trim();
  });
}

function normalized(file: { columns: readonly string[] }, values: Readonly<Record<string, string>>) {
  return Object.fromEntries(file.columns.map((column) => [column, values[column] ?? '']));
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && DECIMAL.test(a) && DECIMAL.test(b)) {
    return compareDecimals(parseDecimal(a), parseDecimal(b)) === 0;
  }
  return a === b;
}
