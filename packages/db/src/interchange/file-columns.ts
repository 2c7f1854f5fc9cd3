import {
  type EntityValues,
  INTERCHANGE_FILE_BY_NAME,
  type InterchangeFileName,
  type InterchangeRows,
  toCell,
} from '@portfolio/domain';
import { sql } from 'kysely';

/**
 * Where a file's reference columns are read from: the code or name of the joined row (engagements as `e`, vendors
 * as `v`, SLAs as `s`), the way the file names them.
 */
const REFERENCES: Readonly<Record<string, string>> = {
  engagement: 'e.code',
  vendor: 'v.name',
  sla: 's.code',
};

/**
 * The select list of an interchange file's columns, from the table aliased `alias`, each under its column's name.
 * The files are the one list of an entity's columns: the export, the data-entry forms and the import read it here.
 */
export function fileColumns(name: InterchangeFileName, alias: string) {
  return INTERCHANGE_FILE_BY_NAME[name].columns.map((column) =>
    sql.ref<unknown>(REFERENCES[column] ?? `${alias}.${column}`).as(column),
  );
}

/** A row selected with `fileColumns` as the file's cells (empty for null), as the forms edit them. */
export function fileValues<Name extends InterchangeFileName>(
  name: Name,
  row: Readonly<Record<string, unknown>>,
): EntityValues<Name> {
  return Object.fromEntries(
    INTERCHANGE_FILE_BY_NAME[name].columns.map((column) => [column, toCell(row[column])]),
  ) as EntityValues<Name>;
}

/** The id column a table stores in place of a file's reference column. */
const STORED_AS = { engagement: 'engagement_id', vendor: 'vendor_id', sla: 'sla_id' } as const;

type StoredAs<Column extends string> = Column extends keyof typeof STORED_AS
  ? (typeof STORED_AS)[Column]
  : Column;

/**
 * A file's natural key and columns as its table stores them (`vendor` as `vendor_id`, …): what an import upserts,
 * in the file's own order, so that a column added to a file is imported without a second list to keep.
 */
export function storedColumns<Name extends InterchangeFileName>(name: Name) {
  type Column = StoredAs<keyof InterchangeRows[Name] & string>;
  const file = INTERCHANGE_FILE_BY_NAME[name];
  const stored = (columns: readonly string[]) =>
    columns.map((column) => (STORED_AS as Readonly<Record<string, string>>)[column] ?? column) as Column[];
  return { key: stored(file.key), columns: stored(file.columns) };
}
