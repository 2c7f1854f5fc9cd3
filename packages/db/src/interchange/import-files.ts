import {
  compareInterchangeFileNames,
  INTERCHANGE_FILE_BY_NAME,
  type InterchangeError,
  type InterchangeFile,
  type InterchangeFileName,
  interchangeRowValidator,
  isInterchangeFileName,
  sortInterchangeErrors,
  type ValidatedRow,
} from '@portfolio/domain';
import type { Transaction } from 'kysely';
import type { Db } from '../create-db.ts';
import { type Actor, recordAudit } from '../queries/audit.ts';
import type { Database } from '../schema.ts';
import { transact } from '../transact.ts';
import { yieldToIo } from '../yield-to-io.ts';
import { type ParsedCsv, parseCsv, readCsvPieces } from './csv.ts';
import { type ImportCount, ImportRejectedError, UnknownInterchangeFileError } from './import-errors.ts';
import { IMPORTERS, type RowPreparer, type WriteCounts } from './importers.ts';

/** A file to import: its name (`vendors.csv`, …) and its text. */
export type InterchangeFileContent = { name: string; content: string };

export type ImportOptions = {
  /**
   * Who imports: the import is then recorded as one audit event `import` (the file, its row counts and the
   * engagements it names) in the import's own transaction. The CLI and the dashboard both give it.
   */
  audit?: { actor: Actor; ip?: string | null } | undefined;
  /**
   * Whether the importer may set engagements' annual budgets (finance's part of their terms); when false, a row of
   * engagements.csv whose budget differs from the stored one is a bad row. Default true (the CLI acts as the system).
   */
  maySetBudgets?: boolean | undefined;
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

/**
 * Rows resolved and written at a time: the database writes one part while the next is checked. The first part is
 * small, so that the database starts writing at once, and each next one twice as large, up to PART. Each part's
 * statement has a cost of its own besides its rows: its triggers read the SLAs and note every engagement the part
 * touches (`figures_dirty`, the month facts), and in a big portfolio a part of one month's rows touches nearly every
 * engagement. Measured on a million rows at scale 100 (11,019 engagements) on PostgreSQL, the sizes taken in turn:
 * parts of 100,000 rows 38.8–43.9 s, of 50,000 41.1–50.0 s, of 20,000 46.8–55.2 s, the largest the fastest in each
 * turn; at scale 10 and on PGlite no difference beyond the noise. A larger last part waits longer for the database,
 * but fewer statements save more.
 */
const FIRST_PART = 2_000;
const PART = 100_000;
/**
 * Records checked between two looks at pending I/O. A part's write takes several statements, each sent when the
 * one before answers, so the checking must pause often for the writing to keep going.
 */
const SLICE = 250;

/**
 * A file's text read as CSV, in pieces (readCsvPieces) or whole (parseCsv): the first piece holds the header; each
 * its records and the lines that could not be read. Null for a piece the reader refused.
 */
type CsvPieces = Iterable<ParsedCsv | null>;

/** Thrown when a piece of the file could not be read: the import starts again from the whole text (parseCsv). */
class UnreadPiece extends Error {}

function nextPiece(pieces: Iterator<ParsedCsv | null>): ParsedCsv | null {
  const next = pieces.next();
  if (next.done) return null;
  if (next.value === null) throw new UnreadPiece('a piece of the CSV could not be read');
  return next.value;
}

/**
 * Validates the records, resolves their natural keys and writes them, a part at a time, then records the import;
 * throws ImportRejectedError listing every bad row (the caller's transaction then rolls back what was written).
 * With `checkOnly` it validates and resolves but writes nothing, and gives null.
 */
async function writeFile(
  trx: Transaction<Database>,
  name: InterchangeFileName,
  csv: CsvPieces,
  options: ImportOptions & { checkOnly?: boolean },
): Promise<ImportCount | null> {
  const file = INTERCHANGE_FILE_BY_NAME[name];
  const pieces = csv[Symbol.iterator]();
  const first = nextPiece(pieces) ?? { header: null, records: [], errors: [] };
  const { header } = first;
  if (header === null && first.errors.length > 0) throw new ImportRejectedError(name, first.errors);
  const validator = interchangeRowValidator(file as InterchangeFile<string, object>, header);
  if (validator.headerErrors.length > 0) throw new ImportRejectedError(name, validator.headerErrors);
  // Optional columns the file leaves out: stored rows keep their values of them (new rows get the defaults).
  const omitted = new Set(file.columns.filter((column) => !header?.includes(column)));
  const maySetBudgets = options.maySetBudgets ?? true;
  const prepare = (await IMPORTERS[name](trx, { omitted, maySetBudgets })) as RowPreparer<object>;
  const errors: InterchangeError[] = [];
  const written: Required<WriteCounts> = { inserted: 0, updated: 0, statusesChanged: 0 };
  let statusesCounted = false;
  let rows = 0;
  const engagements = new Set<string>();
  let writing = Promise.resolve();
  let part: ValidatedRow<object>[] = [];
  let partSize = FIRST_PART;
  let stopped = false;
  const writePart = () => {
    const prepared = prepare(part);
    part = [];
    partSize = Math.min(2 * partSize, PART);
    errors.push(...prepared.errors);
    if (errors.length > 0 || options.checkOnly) return;
    writing = writing.then(async () => {
      if (stopped) return;
      const counts = await prepared.write();
      written.inserted += counts.inserted;
      written.updated += counts.updated;
      if (counts.statusesChanged !== undefined) statusesCounted = true;
      written.statusesChanged += counts.statusesChanged ?? 0;
    });
    // Handled here so that a failed write waits, unreported, for the await below.
    writing.catch(() => undefined);
  };
  try {
    for (let piece: ParsedCsv | null = first; piece; piece = nextPiece(pieces)) {
      // Lines the CSV reader could not read are bad rows like any other; the rows around them are checked all the same.
      errors.push(...piece.errors);
      for (let start = 0; start < piece.records.length; start += SLICE) {
        const validation = validator.validate(piece.records.slice(start, start + SLICE));
        errors.push(...validation.errors);
        rows += validation.rows.length;
        addEngagementCodes(engagements, name, validation.rows);
        for (const row of validation.rows) {
          part.push(row);
          // Parts of exactly that many rows: one COPY and one upsert each.
          if (part.length === partSize) writePart();
        }
        await yieldToIo();
      }
    }
  } catch (error) {
    // Whatever stopped the reading (a piece that could not be read, most often): the part being written ends and
    // the others are not begun before the transaction is rolled back, so nothing runs on it after.
    stopped = true;
    await writing.catch(() => undefined);
    throw error;
  }
  writePart();
  await writing.catch((error: unknown) => {
    throw keptValueConflict(name, omitted, error) ?? error;
  });
  if (errors.length > 0) throw new ImportRejectedError(name, sortInterchangeErrors(file, errors));
  if (options.checkOnly) return null;
  const { inserted, updated, statusesChanged } = written;
  const base: ImportCount = { file: name, rows, inserted, updated, unchanged: rows - inserted - updated };
  const count = statusesCounted ? { ...base, statusesChanged } : base;
  if (options.audit) {
    await recordAudit(trx, {
      actor: options.audit.actor,
      ip: options.audit.ip ?? null,
      action: 'import',
      entity: 'import',
      entityKey: name,
      detail: { ...count, engagements: [...engagements].sort() },
    });
  }
  return count;
}

/** The column of each check that ties an optional column to others: where a kept value may conflict. */
const CHECKED_OPTIONAL_COLUMN: Readonly<Record<string, string>> = {
  engagements_end_date_check: 'end_date',
  slas_minimum_worse_check: 'minimum',
  slas_allocation_check: 'allocation_pct',
  deliverables_delivered_date_check: 'delivered_date',
};

/**
 * A check that failed on a value the file did not give (a stored end date before a new start date, a stored
 * minimum better than a new expected level): the file is rejected naming the column to add, instead of a
 * database error.
 */
function keptValueConflict(
  name: InterchangeFileName,
  omitted: ReadonlySet<string>,
  error: unknown,
): ImportRejectedError | null {
  const failed = error as { code?: unknown; constraint?: unknown };
  if (failed.code !== '23514' || typeof failed.constraint !== 'string') return null;
  const column = CHECKED_OPTIONAL_COLUMN[failed.constraint];
  if (column === undefined || !omitted.has(column)) return null;
  return new ImportRejectedError(name, [
    {
      line: 1,
      column,
      reason: `the file leaves this column out, so stored values of it are kept, and one of them no longer fits a row's new values; add the column with the values wanted`,
    },
  ]);
}

/** Adds the engagements rows name (engagements.csv by their own code), for their history pages. */
function addEngagementCodes(
  codes: Set<string>,
  name: InterchangeFileName,
  rows: readonly ValidatedRow<object>[],
): void {
  const column = name === 'engagements.csv' ? 'code' : 'engagement';
  for (const { row } of rows) {
    const code = (row as Record<string, unknown>)[column];
    if (typeof code === 'string') codes.add(code);
  }
}

/**
 * Imports a file read a piece at a time, the database writing the first parts while the rest is read and checked.
 * When a piece cannot be read (a broken quote), the file is rejected anyway: its transaction is rolled back, and
 * the whole text is read again with parseCsv, which names every bad line, and checked again to name every bad row.
 */
async function importFile(
  db: Db,
  name: InterchangeFileName,
  content: string,
  options: ImportOptions,
): Promise<ImportCount> {
  const attempt = (csv: CsvPieces) =>
    transact(db, async (trx) => {
      const count = await writeFile(trx, name, csv, options);
      if (!count) throw new Error('the import wrote nothing');
      return count;
    });
  try {
    return await attempt(readCsvPieces(content));
  } catch (error) {
    if (!(error instanceof UnreadPiece)) throw error;
    return attempt([parseCsv(content)]);
  }
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
  options: { sampleRows?: number; maxErrors?: number; dryRunLimit?: number; maySetBudgets?: boolean } = {},
): Promise<ImportPreview> {
  if (!isInterchangeFileName(fileName)) throw new UnknownInterchangeFileError([fileName]);
  const { sampleRows = 100, maxErrors = 500, dryRunLimit = 100_000 } = options;
  const csv = parseCsv(content);
  const nonEmpty = csv.records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  let errors: InterchangeError[] = [];
  let counts: ImportCount | null = null;
  const checkOnly = nonEmpty.length === 0 || nonEmpty.length > dryRunLimit;
  try {
    await db.transaction().execute(async (trx) => {
      const { maySetBudgets } = options;
      throw new RolledBack(await writeFile(trx, fileName, [csv], { checkOnly, maySetBudgets }));
    });
  } catch (error) {
    if (error instanceof RolledBack) counts = error.count;
    else if (error instanceof ImportRejectedError) errors = [...error.errors];
    else throw error;
  }
  const badLines = [...new Set(errors.map((error) => error.line))];
  const shownBad = new Set(badLines.slice(0, maxErrors));
  const sample = nonEmpty.filter((record, index) => index < sampleRows || shownBad.has(record.line));
  return {
    file: fileName,
    header: csv.header ?? [],
    columns: INTERCHANGE_FILE_BY_NAME[fileName].columns,
    rows: nonEmpty.length,
    sample: sample.map((record) => ({ line: record.line, cells: record.cells })),
    errors: errors.slice(0, maxErrors),
    errorCount: errors.length,
    badRows: badLines.length,
    counts,
  };
}
