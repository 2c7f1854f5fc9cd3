import {
  compareInterchangeFileNames,
  INTERCHANGE_FILE_BY_NAME,
  type InterchangeError,
  type InterchangeFileName,
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
import { checkPieces, UnreadPiece } from './check-pieces.ts';
import { type ParsedCsv, parseCsv, readCsvPieces } from './csv.ts';
import { type ImportCount, ImportRejectedError, UnknownInterchangeFileError } from './import-errors.ts';
import { engagementCodes, Parts } from './import-parts.ts';
import { IMPORTERS, type RowPreparer, type WriteCounts } from './importers.ts';
import { MEASUREMENTS_TARGET } from './measurement-rows.ts';
import { measurementsInWorker } from './measurements-in-worker.ts';
import { measurementKeys } from './sla-importers.ts';
import { upsertStaged } from './upsert.ts';

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
  /**
   * From how many characters on a measurements file is read and checked in a thread of its own (default
   * 1,000,000): for tests, which check that both ways give the same.
   */
  workerFrom?: number | undefined;
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
 * Records checked between two looks at pending I/O, when the checking runs in this thread. A part's write takes
 * several statements, each sent when the one before answers, so the checking must pause often for the writing to
 * keep going.
 */
const SLICE = 250;

/**
 * Measurements files from this many characters on are read, checked and made into COPY text in a thread of their
 * own (measurements-in-worker.ts), the server's thread only writing: starting the thread costs tens of
 * milliseconds, about what checking 1 MB of measurements (16,000 rows) takes.
 */
const WORKER_FROM = 1_000_000;

/**
 * What an import writes, in order: once its header is read, the optional columns it leaves out (stored rows keep
 * their values of them; new rows get the defaults); then each part: its rows' count, the engagements they name, its
 * bad rows' errors and how to write it (null when nothing may be written).
 */
type PreparedImport =
  | { omitted: ReadonlySet<string> }
  | {
      rows: number;
      engagements: readonly string[];
      errors: InterchangeError[];
      write: (() => Promise<WriteCounts>) | null;
    };

function omittedColumns(name: InterchangeFileName, header: readonly string[] | null): ReadonlySet<string> {
  return new Set(INTERCHANGE_FILE_BY_NAME[name].columns.filter((column) => !header?.includes(column)));
}

/**
 * A file read and checked here (checkPieces), its rows resolved a part at a time by the file's importer, giving
 * way to pending I/O between slices so that the database writes one part while the next is checked.
 */
async function* prepareHere(
  trx: Transaction<Database>,
  name: InterchangeFileName,
  csv: Iterable<ParsedCsv | null>,
  options: ImportOptions,
): AsyncGenerator<PreparedImport> {
  let prepare: RowPreparer<object> | null = null;
  const parts = new Parts<object>();
  let pending: InterchangeError[] = [];
  const part = (rows: ValidatedRow<object>[]) => {
    if (!prepare) throw new Error(`${name} was checked without its header`);
    const prepared = prepare(rows);
    const errors = [...pending, ...prepared.errors];
    pending = [];
    return { rows: rows.length, engagements: engagementCodes(name, rows), errors, write: prepared.write };
  };
  for (const piece of checkPieces(name, csv, SLICE)) {
    if ('header' in piece) {
      if (piece.errors.length > 0) throw new ImportRejectedError(name, piece.errors);
      const omitted = omittedColumns(name, piece.header);
      const maySetBudgets = options.maySetBudgets ?? true;
      prepare = (await IMPORTERS[name](trx, { omitted, maySetBudgets })) as RowPreparer<object>;
      yield { omitted };
      continue;
    }
    pending.push(...piece.errors);
    for (const full of parts.add(piece.rows)) yield part(full);
    await yieldToIo();
  }
  yield part(parts.rest());
}

/** A big measurements file read, checked and made into COPY text in a thread of its own, written here. */
async function* prepareInWorker(trx: Transaction<Database>, content: string): AsyncGenerator<PreparedImport> {
  let omitted: ReadonlySet<string> = new Set();
  for await (const message of measurementsInWorker(content, await measurementKeys(trx))) {
    if ('header' in message) {
      if (message.errors.length > 0) throw new ImportRejectedError('measurements.csv', message.errors);
      omitted = omittedColumns('measurements.csv', message.header);
      yield { omitted };
      continue;
    }
    const { copy, ...part } = message.part;
    const kept = omitted;
    yield { ...part, write: copy === null ? null : () => upsertStaged(trx, MEASUREMENTS_TARGET, copy, kept) };
  }
}

/**
 * Writes a prepared file a part at a time, the database writing one part while the next is prepared, then records
 * the import; throws ImportRejectedError listing every bad row (the caller's transaction then rolls back what was
 * written). With `checkOnly` it writes nothing, and gives null.
 */
async function writeFile(
  trx: Transaction<Database>,
  name: InterchangeFileName,
  prepared: AsyncIterable<PreparedImport>,
  options: ImportOptions & { checkOnly?: boolean },
): Promise<ImportCount | null> {
  const file = INTERCHANGE_FILE_BY_NAME[name];
  let omitted: ReadonlySet<string> = new Set();
  const errors: InterchangeError[] = [];
  const written: Required<WriteCounts> = { inserted: 0, updated: 0, statusesChanged: 0 };
  let statusesCounted = false;
  let rows = 0;
  const engagements = new Set<string>();
  let writing = Promise.resolve();
  let stopped = false;
  try {
    for await (const part of prepared) {
      if ('omitted' in part) {
        omitted = part.omitted;
        continue;
      }
      errors.push(...part.errors);
      rows += part.rows;
      for (const code of part.engagements) engagements.add(code);
      const { write } = part;
      if (errors.length > 0 || options.checkOnly || !write) continue;
      writing = writing.then(async () => {
        if (stopped) return;
        const counts = await write();
        written.inserted += counts.inserted;
        written.updated += counts.updated;
        if (counts.statusesChanged !== undefined) statusesCounted = true;
        written.statusesChanged += counts.statusesChanged ?? 0;
      });
      // Handled here so that a failed write waits, unreported, for the await below.
      writing.catch(() => undefined);
    }
  } catch (error) {
    // Whatever stopped the reading (a piece that could not be read, most often): the part being written ends and
    // the others are not begun before the transaction is rolled back, so nothing runs on it after.
    stopped = true;
    await writing.catch(() => undefined);
    throw error;
  }
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

/**
 * Imports a file read a piece at a time, the database writing the first parts while the rest is read and checked
 * (a big measurements file in a thread of its own). When a piece cannot be read (a broken quote), the file is
 * rejected anyway: its transaction is rolled back, and the whole text is read again with parseCsv, which names every
 * bad line, and checked again to name every bad row.
 */
async function importFile(
  db: Db,
  name: InterchangeFileName,
  content: string,
  options: ImportOptions,
): Promise<ImportCount> {
  const attempt = (prepare: (trx: Transaction<Database>) => AsyncIterable<PreparedImport>) =>
    transact(db, async (trx) => {
      const count = await writeFile(trx, name, prepare(trx), options);
      if (!count) throw new Error('the import wrote nothing');
      return count;
    });
  const inWorker = name === 'measurements.csv' && content.length >= (options.workerFrom ?? WORKER_FROM);
  try {
    return await attempt((trx) =>
      inWorker ? prepareInWorker(trx, content) : prepareHere(trx, name, readCsvPieces(content), options),
    );
  } catch (error) {
    if (!(error instanceof UnreadPiece)) throw error;
    return attempt((trx) => prepareHere(trx, name, [parseCsv(content)], options));
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
      throw new RolledBack(
        await writeFile(trx, fileName, prepareHere(trx, fileName, [csv], { maySetBudgets }), { checkOnly }),
      );
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
