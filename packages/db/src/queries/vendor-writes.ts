import { type EntityValues, type VendorCsvRow, vendorsFile } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { fileColumns, fileValues } from '../interchange/file-columns.ts';
import { createRow, type EditableTable, lockRow, updateRow } from './versioned-table.ts';
import { isoOrNull, setArchived, snapshot, type Trx, type Who, type WriteResult } from './write-support.ts';

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
  return db
    .selectFrom('vendors as v')
    .select(fileColumns('vendors.csv', 'v'))
    .select([
      'v.id',
      'v.version',
      'v.archived_at',
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
    values: fileValues('vendors.csv', row),
  };
}

/** Every vendor, archived ones included, by name. */
export async function listVendorRecords(db: Db): Promise<VendorRecord[]> {
  const rows = await selectVendors(db).orderBy('v.name').execute();
  return rows.map(toRecord);
}

/** Vendors as an editable table, named by name. */
const VENDORS: EditableTable<VendorRecord, VendorCsvRow> = {
  table: 'vendors',
  file: vendorsFile,
  entity: 'vendor',
  missing: (id) => `No vendor with id ${id}`,
  read: async (trx, id) => {
    const row = await selectVendors(trx).where('v.id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  },
  lock: (trx, id) => lockRow(trx, 'vendors', id, VENDORS.read),
  keyOf: (record) => record.values.name,
  engagementOf: () => null,
  audited: snapshot,
  duplicate: ({ name }) => ({ path: 'values.name', message: `a vendor named "${name}" exists already` }),
};

export const createVendor = (db: Db, who: Who, values: VendorCsvRow) => createRow(db, who, VENDORS, values);

/** Changes a vendor's values when its version is still `version`; a stale version gets the vendor as it is now. */
export const updateVendor = (
  db: Db,
  who: Who,
  input: { id: number; version: number; values: VendorCsvRow },
) => updateRow(db, who, VENDORS, input);

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
