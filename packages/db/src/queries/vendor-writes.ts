import { changedColumns, type EntityValues, toCell, type VendorCsvRow, vendorsFile } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import {
  changeVersioned,
  invalid,
  isoOrNull,
  recordCreated,
  setArchived,
  snapshot,
  type Trx,
  type VersionedRows,
  type Who,
  type WriteResult,
  writeInTransaction,
} from './write-support.ts';

/** A vendor as the data-entry forms edit it. */
export type VendorRecord = {
  id: number;
  version: number;
  archivedAt: string | null;
  /** Engagements of the vendor (any status): a vendor with engagements is archived, never deleted. */
  engagements: number;
  values: EntityValues<'vendors.csv'>;
};

function selectVendors(db: Db | Trx) {
  return db.selectFrom('vendors as v').select([
    'v.id',
    'v.version',
    'v.archived_at',
    'v.name',
    'v.country',
    'v.certifications',
    'v.notes',
    (eb) =>
      eb
        .selectFrom('engagements as e')
        .whereRef('e.vendor_id', '=', 'v.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('engagements'),
  ]);
}

type VendorSelection = Awaited<ReturnType<ReturnType<typeof selectVendors>['executeTakeFirstOrThrow']>>;

function toRecord(row: VendorSelection): VendorRecord {
  return {
    id: row.id,
    version: row.version,
    archivedAt: isoOrNull(row.archived_at),
    engagements: Number(row.engagements ?? 0),
    values: {
      name: row.name,
      country: toCell(row.country),
      certifications: toCell(row.certifications),
      notes: toCell(row.notes),
    },
  };
}

/** Every vendor, archived ones included, by name. */
export async function listVendorRecords(db: Db): Promise<VendorRecord[]> {
  const rows = await selectVendors(db).orderBy('v.name').execute();
  return rows.map(toRecord);
}

async function lockVendor(trx: Trx, id: number): Promise<VendorRecord | undefined> {
  await trx.selectFrom('vendors').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  const row = await selectVendors(trx).where('v.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

async function nameTaken(trx: Trx, name: string, exceptId: number | null): Promise<boolean> {
  let query = trx.selectFrom('vendors').select('id').where('name', '=', name);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

const duplicateName = (name: string) => ({
  path: 'values.name',
  message: `a vendor named "${name}" exists already`,
});

/** Vendors as versioned rows: locked by id, named by name. */
const VENDORS: VersionedRows<VendorRecord> = {
  entity: 'vendor',
  missing: (id) => `No vendor with id ${id}`,
  lock: lockVendor,
  keyOf: (record) => record.values.name,
  engagementOf: () => null,
  audited: snapshot,
};

export function createVendor(db: Db, who: Who, values: VendorCsvRow): Promise<WriteResult<VendorRecord>> {
  return writeInTransaction(db, duplicateName(values.name), async (trx) => {
    if (await nameTaken(trx, values.name, null))
      return invalid('values.name', duplicateName(values.name).message);
    const { id } = await trx.insertInto('vendors').values(values).returning('id').executeTakeFirstOrThrow();
    return recordCreated(trx, who, VENDORS, id);
  });
}

/** Changes a vendor's values when its version is still `version`; a stale version gets the vendor as it is now. */
export function updateVendor(
  db: Db,
  who: Who,
  input: { id: number; version: number; values: VendorCsvRow },
): Promise<WriteResult<VendorRecord>> {
  return writeInTransaction(db, duplicateName(input.values.name), (trx) =>
    changeVersioned(trx, who, VENDORS, input, { action: 'vendor.update' }, async (before) => {
      const proposed = Object.fromEntries(vendorsFile.columns.map((c) => [c, toCell(input.values[c])]));
      if (changedColumns(vendorsFile, before.values, proposed).length === 0) return 'unchanged';
      if (await nameTaken(trx, input.values.name, input.id)) {
        return invalid('values.name', duplicateName(input.values.name).message);
      }
      await trx
        .updateTable('vendors')
        .set({ ...input.values, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', input.id)
        .execute();
      return { changed: true };
    }),
  );
}

/**
 * Archives a vendor (it leaves the filter lists; its engagements and their history stay) or restores it.
 * Archiving an archived vendor changes nothing.
 */
export function setVendorArchived(
  db: Db,
  who: Who,
  input: { id: number; version: number; archived: boolean },
): Promise<WriteResult<VendorRecord>> {
  return setArchived(db, who, { ...VENDORS, table: 'vendors' }, input);
}
