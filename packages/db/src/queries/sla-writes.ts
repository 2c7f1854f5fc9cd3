import { type EntityValues, type SlaCsvRow, slasFile } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { fileColumns, fileValues } from '../interchange/file-columns.ts';
import { recomputeMeasurementStatuses } from '../interchange/recompute-statuses.ts';
import { createRow, type EditableTable, lockRow, updateRow } from './versioned-table.ts';
import { isoOrNull, setArchived, snapshot, type Trx, type Who, type WriteResult } from './write-support.ts';

/** An SLA as the data-entry forms edit it. */
export type SlaRecord = {
  id: number;
  version: number;
  engagementId: number;
  archivedAt: string | null;
  /** How many measurements it has: changing its levels judges them again. */
  measurements: number;
  values: EntityValues<'slas.csv'>;
};

function selectSlas(db: Db | Trx) {
  return db
    .selectFrom('slas as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .select(fileColumns('slas.csv', 's'))
    .select([
      's.id',
      's.version',
      's.engagement_id',
      's.archived_at',
      (eb) =>
        eb
          .selectFrom('measurements as m')
          .whereRef('m.sla_id', '=', 's.id')
          .select((m) => m.fn.countAll<number>().as('n'))
          .as('measurements'),
    ]);
}

type SlaSelection = Awaited<ReturnType<ReturnType<typeof selectSlas>['executeTakeFirstOrThrow']>>;

function toRecord(row: SlaSelection): SlaRecord {
  const { id, version, engagement_id, archived_at, measurements } = row;
  const values = fileValues('slas.csv', row);
  return {
    id,
    version,
    engagementId: engagement_id,
    archivedAt: isoOrNull(archived_at),
    measurements: Number(measurements ?? 0),
    values,
  };
}

/** An engagement's SLAs, archived ones included, by code. */
export async function listSlaRecords(db: Db, engagementCode: string): Promise<SlaRecord[]> {
  const rows = await selectSlas(db).where('e.code', '=', engagementCode).orderBy('s.code').execute();
  return rows.map(toRecord);
}

/** SLAs as an editable table: rows of an engagement, named by their engagement and code. */
const SLAS: EditableTable<SlaRecord, SlaCsvRow> = {
  table: 'slas',
  file: slasFile,
  entity: 'sla',
  ofEngagement: 'an SLA',
  missing: (id) => `No SLA with id ${id}`,
  read: async (trx, id) => {
    const row = await selectSlas(trx).where('s.id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  },
  lock: (trx, id) => lockRow(trx, 'slas', id, SLAS.read),
  keyOf: ({ values }) => `${values.engagement}/${values.code}`,
  engagementOf: (record) => record.engagementId,
  audited: snapshot,
  duplicate: (values) => ({
    path: 'values.code',
    message: `engagement ${values.engagement} has an SLA ${values.code} already`,
  }),
  // New levels judge the SLA's stored measurements again, in the same transaction.
  afterUpdate: async (trx, id, changed, { direction, expected, minimum }) => {
    if (!changed.some((c) => c === 'direction' || c === 'expected' || c === 'minimum')) return undefined;
    const statusesChanged = await recomputeMeasurementStatuses(trx, [
      { id, levels: { direction, expected, minimum } },
    ]);
    return { statusesChanged };
  },
};

export const createSla = (db: Db, who: Who, values: SlaCsvRow) => createRow(db, who, SLAS, values);

/**
 * Changes an SLA when its version is still `version`. When its direction or levels change, the stored status of
 * each of its measurements is judged again by the new levels, in the same transaction.
 */
export const updateSla = (db: Db, who: Who, input: { id: number; version: number; values: SlaCsvRow }) =>
  updateRow(db, who, SLAS, input);

/**
 * Archives an SLA (it leaves the reports and the monthly entry; its measurements and history stay) or restores it.
 */
export function setSlaArchived(
  db: Db,
  who: Who,
  input: { id: number; version: number; archived: boolean },
): Promise<WriteResult<SlaRecord>> {
  return setArchived(db, who, { ...SLAS, table: 'slas' }, input);
}
