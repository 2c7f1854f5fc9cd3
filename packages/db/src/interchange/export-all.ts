import {
  INTERCHANGE_FILE_BY_NAME,
  INTERCHANGE_FILE_NAMES,
  type InterchangeFileName,
  type InterchangeRows,
  protectFormula,
} from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { byBytes } from '../queries/byte-order.ts';
import { toCsv } from './csv.ts';
import { fileColumns } from './file-columns.ts';

/** One exported file. */
export type ExportedFile = { name: InterchangeFileName; content: string; rows: number };

/**
 * A stored value as a cell: null is empty, booleans true/false, numbers and decimals as stored, text that a
 * spreadsheet would run as a formula with the apostrophe every import takes off again (formula-cells.ts).
 */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) throw new Error('a timestamp is not part of the interchange format');
  return protectFormula(String(value));
}

type Cells<Name extends InterchangeFileName> = Record<keyof InterchangeRows[Name] & string, unknown>;

/** The stored rows of each file under the file's column names, ordered by natural key. */
const QUERIES: { [Name in InterchangeFileName]: (db: Db) => Promise<Cells<Name>[]> } = {
  'vendors.csv': (db) =>
    db
      .selectFrom('vendors as v')
      .select(fileColumns('vendors.csv', 'v'))
      .orderBy(byBytes('v.name'))
      .execute(),
  'engagements.csv': (db) =>
    db
      .selectFrom('engagements as e')
      .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
      .select(fileColumns('engagements.csv', 'e'))
      .orderBy(byBytes('e.code'))
      .execute(),
  'slas.csv': (db) =>
    db
      .selectFrom('slas as s')
      .innerJoin('engagements as e', 'e.id', 's.engagement_id')
      .select(fileColumns('slas.csv', 's'))
      .orderBy(byBytes('e.code'))
      .orderBy(byBytes('s.code'))
      .execute(),
  'measurements.csv': (db) =>
    db
      .selectFrom('measurements as m')
      .innerJoin('slas as s', 's.id', 'm.sla_id')
      .innerJoin('engagements as e', 'e.id', 's.engagement_id')
      .select(fileColumns('measurements.csv', 'm'))
      .orderBy(byBytes('e.code'))
      .orderBy(byBytes('s.code'))
      .orderBy(byBytes('m.period'))
      .execute(),
  'charges.csv': (db) =>
    db
      .selectFrom('charges as c')
      .innerJoin('engagements as e', 'e.id', 'c.engagement_id')
      .select(fileColumns('charges.csv', 'c'))
      .orderBy(byBytes('e.code'))
      .orderBy(byBytes('c.invoice'))
      .orderBy(byBytes('c.period'))
      .orderBy(byBytes('c.category'))
      .execute(),
  'deliverables.csv': (db) =>
    db
      .selectFrom('deliverables as d')
      .innerJoin('engagements as e', 'e.id', 'd.engagement_id')
      .select(fileColumns('deliverables.csv', 'd'))
      .orderBy(byBytes('e.code'))
      .orderBy(byBytes('d.code'))
      .execute(),
  'fx_rates.csv': (db) =>
    db
      .selectFrom('fx_rates as r')
      .select(fileColumns('fx_rates.csv', 'r'))
      .orderBy(byBytes('r.currency'))
      .orderBy(byBytes('r.period'))
      .execute(),
};

async function exportFile<Name extends InterchangeFileName>(db: Db, name: Name): Promise<ExportedFile> {
  const { columns } = INTERCHANGE_FILE_BY_NAME[name];
  const rows = await QUERIES[name](db);
  const cells = rows.map((row) => columns.map((column) => cell(row[column])));
  return { name, content: toCsv(columns, cells), rows: rows.length };
}

/**
 * Writes every interchange file with the columns of DESIGN.md, rows ordered by natural key (byte order), values
 * as stored: an export imported into an empty database and exported again gives the same bytes.
 */
export async function exportAll(db: Db): Promise<ExportedFile[]> {
  const files: ExportedFile[] = [];
  for (const name of INTERCHANGE_FILE_NAMES) files.push(await exportFile(db, name));
  return files;
}
