import {
  type CsvRecord,
  compareInterchangeFileNames,
  INTERCHANGE_FILE_BY_NAME,
  type InterchangeError,
  type InterchangeFileName,
  isInterchangeFileName,
  sortInterchangeErrors,
  type ValidatedRow,
  validateInterchangeFile,
} from '@portfolio/domain';
import type { Transaction } from 'kysely';
import type { Db } from '../create-db.ts';
import { type Actor, recordAudit } from '../queries/audit.ts';
import type { Database } from '../schema.ts';
import { parseCsv } from './csv.ts';
import { type ImportCount, ImportRejectedError, UnknownInterchangeFileError } from './import-errors.ts';
import { IMPORTERS } from './importers.ts';

/** A file to import: its name (`vendors.csv`, …) and its text. */
export type InterchangeFileContent = { name: string; content: string };

export type ImportOptions = {
  /**
   * Who imports: the import is then recorded as one audit event `import` (the file, its row counts and the
   * engagements it names) in the import's own transaction. The CLI and the dashboard both give it.
   */
  audit?: { actor: Actor; ip?: string | null } | undefined;
};

/**
 * Imports one interchange file, all or nothing: every row is validated and its natural keys resolved first;
 * any bad row throws an ImportRejectedError listing every bad row, and nothing is written. Otherwise the rows
 * are upserted on their natural keys in one transaction; rows equal to the stored ones are left as they are.
 */
export async function importCsv(
  db: Db,
  fileName: string,
  content: string,
  options: ImportOptions = {},
): Promise<ImportCount> {
  if (!isInterchangeFileName(fileName)) throw new UnknownInterchangeFileError([fileName]);
  return importFile(db, fileName, content, options);
}

type Parsed<Name extends InterchangeFileName> = {
  header: string[];
  records: CsvRecord[];
  rows: ValidatedRow<object>[];
  errors: InterchangeError[];
  name: Name;
};

/** Parses and validates a file's text (no database needed): its rows that passed and every error. */
function parseFile<Name extends InterchangeFileName>(name: Name, content: string): Parsed<Name> {
  const parsed = parseCsv(content);
  if (!parsed.ok) return { name, header: [], records: [], rows: [], errors: [parsed.error] };
  const file = INTERCHANGE_FILE_BY_NAME[name];
  const validation = validateInterchangeFile(file, parsed.header, parsed.records);
  return {
    name,
    header: parsed.header ?? [],
    records: parsed.records,
    rows: validation.rows,
    errors: validation.errors,
  };
}

/** Resolves the rows' natural keys, writes them and records the import; throws ImportRejectedError on bad rows. */
async function writeFile<Name extends InterchangeFileName>(
  trx: Transaction<Database>,
  parsed: Parsed<Name>,
  options: ImportOptions & { checkOnly?: boolean },
): Promise<ImportCount | null> {
  const { name } = parsed;
  const importer = IMPORTERS[name] as (
    trx: Transaction<Database>,
    rows: readonly ValidatedRow<object>[],
  ) => ReturnType<(typeof IMPORTERS)[Name]>;
  if (parsed.errors.length > 0 && parsed.rows.length === 0)
    throw new ImportRejectedError(name, parsed.errors);
  const prepared = await importer(trx, parsed.rows);
  const errors = sortInterchangeErrors(INTERCHANGE_FILE_BY_NAME[name], [
    ...parsed.errors,
    ...prepared.errors,
  ]);
  if (errors.length > 0) throw new ImportRejectedError(name, errors);
  if (options.checkOnly) return null;
  const { inserted, updated, statusesChanged } = await prepared.write();
  const rows = parsed.rows.length;
  const base: ImportCount = { file: name, rows, inserted, updated, unchanged: rows - inserted - updated };
  const count = statusesChanged === undefined ? base : { ...base, statusesChanged };
  if (options.audit) {
    await recordAudit(trx, {
      actor: options.audit.actor,
      ip: options.audit.ip ?? null,
      action: 'import',
      entity: 'import',
      entityKey: name,
      detail: { ...count, engagements: engagementCodes(name, parsed.rows) },
    });
  }
  return count;
}

/** The engagements a file's rows name (engagements.csv by their own code), for their history pages. */
function engagementCodes(name: InterchangeFileName, rows: readonly ValidatedRow<object>[]): string[] {
  const column = name === 'engagements.csv' ? 'code' : 'engagement';
  const codes = new Set<string>();
  for (const { row } of rows) {
    const code = (row as Record<string, unknown>)[column];
    if (typeof code === 'string') codes.add(code);
  }
  return [...codes].sort();
}

async function importFile<Name extends InterchangeFileName>(
  db: Db,
  name: Name,
  content: string,
  options: ImportOptions,
): Promise<ImportCount> {
  const parsed = parseFile(name, content);
  return db.transaction().execute(async (trx) => {
    const count = await writeFile(trx, parsed, options);
    if (!count) throw new Error('the import wrote nothing');
    return count;
  });
}

/**
 * Imports several files in dependency order (vendors, engagements, slas, measurements, charges, deliverables,
 * fx_rates), each in its own transaction. At the first rejected file it stops: the files before it stay
 * imported, and the error names them (`imported`) and those not tried (`skipped`).
 */
export async function importFiles(
  db: Db,
  files: readonly InterchangeFileContent[],
  options: ImportOptions = {},
): Promise<ImportCount[]> {
  const unknown = files.map((file) => file.name).filter((name) => !isInterchangeFileName(name));
  if (unknown.length > 0) throw new UnknownInterchangeFileError(unknown);
  const named = files as readonly (InterchangeFileContent & { name: InterchangeFileName })[];
  const twice = named.filter((file, index) => named.findIndex((other) => other.name === file.name) !== index);
  if (twice.length > 0) {
    throw new Error(`${twice.map((file) => file.name).join(', ')} given more than once`);
  }
  const ordered = [...named].sort((a, b) => compareInterchangeFileNames(a.name, b.name));
  const imported: ImportCount[] = [];
  for (const [index, file] of ordered.entries()) {
    try {
      imported.push(await importFile(db, file.name, file.content, options));
    } catch (error) {
      if (!(error instanceof ImportRejectedError)) throw error;
      const skipped = ordered.slice(index + 1).map((later) => later.name);
      throw new ImportRejectedError(error.file, error.errors, { imported, skipped });
    }
  }
  return imported;
}

/** What importing a file would do, without doing it. */
export type ImportPreview = {
  file: InterchangeFileName;
  /** The header as written (empty when the file is empty or not CSV). */
  header: string[];
  columns: readonly string[];
  /** Rows of the file (rows of only empty cells are not counted). */
  rows: number;
  /** The first rows and every bad row (up to `maxErrors` of them), with their cells as written, by line. */
  sample: { line: number; cells: readonly string[] }[];
  /** Every bad row's errors (line, column, reason), up to `maxErrors`; `errorCount` counts them all. */
  errors: InterchangeError[];
  errorCount: number;
  badRows: number;
  /**
   * For a good file: what the import would insert, update and leave unchanged, found by running it in a
   * transaction that is rolled back. Null when the file has bad rows or is too large to try (`dryRunLimit`).
   */
  counts: ImportCount | null;
};

class RolledBack extends Error {
  constructor(readonly count: ImportCount | null) {
    super('preview rolled back');
  }
}

/**
 * Previews an import with the very code of the import (parsing, validation, natural keys, the upsert itself),
 * and writes nothing: the writing runs in a transaction that is always rolled back.
 */
export async function previewCsv(
  db: Db,
  fileName: string,
  content: string,
  options: { sampleRows?: number; maxErrors?: number; dryRunLimit?: number } = {},
): Promise<ImportPreview> {
  if (!isInterchangeFileName(fileName)) throw new UnknownInterchangeFileError([fileName]);
  const { sampleRows = 100, maxErrors = 500, dryRunLimit = 100_000 } = options;
  const parsed = parseFile(fileName, content);
  let errors = parsed.errors;
  let counts: ImportCount | null = null;
  if (parsed.rows.length > 0) {
    const checkOnly = errors.length > 0 || parsed.rows.length > dryRunLimit;
    try {
      await db.transaction().execute(async (trx) => {
        throw new RolledBack(await writeFile(trx, parsed, { checkOnly }));
      });
    } catch (error) {
      if (error instanceof RolledBack) counts = error.count;
      else if (error instanceof ImportRejectedError) errors = [...error.errors];
      else throw error;
    }
  }
  const nonEmpty = parsed.records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const badLines = [...new Set(errors.map((error) => error.line))];
  const shownBad = new Set(badLines.slice(0, maxErrors));
  const sample = nonEmpty.filter((record, index) => index < sampleRows || shownBad.has(record.line));
  return {
    file: fileName,
    header: parsed.header,
    columns: INTERCHANGE_FILE_BY_NAME[fileName].columns,
    rows: nonEmpty.length,
    sample: sample.map((record) => ({ line: record.line, cells: record.cells })),
    errors: errors.slice(0, maxErrors),
    errorCount: errors.length,
    badRows: badLines.length,
    counts,
  };
}
