import {
  compareInterchangeFileNames,
  INTERCHANGE_FILE_BY_NAME,
  type InterchangeFileName,
  isInterchangeFileName,
  sortInterchangeErrors,
  validateInterchangeFile,
} from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { parseCsv } from './csv.ts';
import { type ImportCount, ImportRejectedError, UnknownInterchangeFileError } from './import-errors.ts';
import { IMPORTERS } from './importers.ts';

/** A file to import: its name (`vendors.csv`, …) and its text. */
export type InterchangeFileContent = { name: string; content: string };

/**
 * Imports one interchange file, all or nothing: every row is validated and its natural keys resolved first;
 * any bad row throws an ImportRejectedError listing every bad row, and nothing is written. Otherwise the rows
 * are upserted on their natural keys in one transaction; rows equal to the stored ones are left as they are.
 */
export async function importCsv(db: Db, fileName: string, content: string): Promise<ImportCount> {
  if (!isInterchangeFileName(fileName)) throw new UnknownInterchangeFileError([fileName]);
  return importFile(db, fileName, content);
}

async function importFile<Name extends InterchangeFileName>(
  db: Db,
  name: Name,
  content: string,
): Promise<ImportCount> {
  const parsed = parseCsv(content);
  if (!parsed.ok) throw new ImportRejectedError(name, [parsed.error]);
  const file = INTERCHANGE_FILE_BY_NAME[name];
  const validation = validateInterchangeFile(file, parsed.header, parsed.records);
  return db.transaction().execute(async (trx) => {
    const prepared = await IMPORTERS[name](trx, validation.rows);
    const errors = sortInterchangeErrors(file, [...validation.errors, ...prepared.errors]);
    if (errors.length > 0) throw new ImportRejectedError(name, errors);
    const { inserted, updated, statusesChanged } = await prepared.write();
    const rows = validation.rows.length;
    const count: ImportCount = { file: name, rows, inserted, updated, unchanged: rows - inserted - updated };
    return statusesChanged === undefined ? count : { ...count, statusesChanged };
  });
}

/**
 * Imports several files in dependency order (vendors, engagements, slas, measurements, charges, deliverables,
 * fx_rates), each in its own transaction. At the first rejected file it stops: the files before it stay
 * imported, and the error names them (`imported`) and those not tried (`skipped`).
 */
export async function importFiles(db: Db, files: readonly InterchangeFileContent[]): Promise<ImportCount[]> {
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
      imported.push(await importFile(db, file.name, file.content));
    } catch (error) {
      if (!(error instanceof ImportRejectedError)) throw error;
      const skipped = ordered.slice(index + 1).map((later) => later.name);
      throw new ImportRejectedError(error.file, error.errors, { imported, skipped });
    }
  }
  return imported;
}
