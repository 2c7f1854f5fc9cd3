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
      .selectFrom('vendors')
      .select(['name', 'country', 'certifications', 'notes'])
      .orderBy(byBytes('name'))
      .execute(),
  'engagements.csv': (db) =>
    db
      .selectFrom('engagements as e')
      .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
      .select([
        'e.code',
        'e.name',
        'v.name as vendor',
        'e.type',
        'e.service_line',
        'e.location',
        'e.business_unit',
        'e.owner',
        'e.start_date',
        'e.end_date',
        'e.status',
        'e.pricing_model',
        'e.currency',
        'e.annual_budget',
        'e.at_risk_pct',
        'e.earn_back_months',
        'e.baseline_monthly_cost',
        'e.planned_monthly_savings',
      ])
      .orderBy(byBytes('e.code'))
      .execute(),
  'slas.csv': (db) =>
    db
      .selectFrom('slas as s')
      .innerJoin('engagements as e', 'e.id', 's.engagement_id')
      .select([
        'e.code as engagement',
        's.code',
        's.name',
        's.unit',
        's.direction',
        's.expected',
        's.minimum',
        's.kind',
        's.allocation_pct',
      ])
      .orderBy(byBytes('e.code'))
      .orderBy(byBytes('s.code'))
      .execute(),
  'measurements.csv': (db) =>
    db
      .selectFrom('measurements as m')
      .innerJoin('slas as s', 's.id', 'm.sla_id')
      .innerJoin('engagements as e', 'e.id', 's.engagement_id')
      .select([
        'e.code as engagement',
        's.code as sla',
        'm.period',
        'm.actual',
        'm.numerator',
        'm.denominator',
        'm.source',
        'm.note',
      ])
      .orderBy(byBytes('e.code'))
      .orderBy(byBytes('s.code'))
      .orderBy(byBytes('m.period'))
      .execute(),
  'charges.csv': (db) =>
    db
      .selectFrom('charges as c')
      .innerJoin('engagements as e', 'e.id', 'c.engagement_id')
      .select(['e.code as engagement', 'c.invoice', 'c.period', 'c.category', 'c.amount'])
      .orderBy(byBytes('e.code'))
      .orderBy(byBytes('c.invoice'))
      .orderBy(byBytes('c.period'))
      .orderBy(byBytes('c.category'))
      .execute(),
  'deliverables.csv': (db) =>
    db
      .selectFrom('deliverables as d')
      .innerJoin('engagements as e', 'e.id', 'd.engagement_id')
      .select([
        'e.code as engagement',
        'd.code',
        'd.title',
        'd.kind',
        'd.requested_date',
        'd.due_date',
        'd.delivered_date',
        'd.status',
        'd.quality',
        'd.revisions',
        'd.actioned',
        'd.estimated_value',
      ])
      .orderBy(byBytes('e.code'))
      .orderBy(byBytes('d.code'))
      .execute(),
  'fx_rates.csv': (db) =>
    db
      .selectFrom('fx_rates')
      .select(['currency', 'period', 'rate'])
      .orderBy(byBytes('currency'))
      .orderBy(byBytes('period'))
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
