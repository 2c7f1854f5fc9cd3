import {
  changedColumns,
  type EntityValues,
  type MeasurementCsvRow,
  measurementsFile,
  type SlaStatus,
  type SlaUnit,
  slaStatus,
  slaValueIssue,
  toCell,
} from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { fileColumns, fileValues } from '../interchange/file-columns.ts';
import { findEngagementRef, fixedEngagement } from './engagement-refs.ts';
import { keyTaken, lockRow, writeColumns } from './versioned-table.ts';
import {
  changeVersioned,
  type FieldIssue,
  invalid,
  recordCreated,
  removeVersioned,
  snapshot,
  type Trx,
  type VersionedRows,
  type Who,
  type WriteResult,
  writeInTransaction,
} from './write-support.ts';

/** A measurement as the data-entry forms edit it, with the status the domain's `slaStatus` gave it. */
export type MeasurementRecord = {
  id: number;
  version: number;
  slaId: number;
  engagementId: number;
  status: SlaStatus;
  values: EntityValues<'measurements.csv'>;
};

export function selectMeasurements(db: Db | Trx) {
  return db
    .selectFrom('measurements as m')
    .innerJoin('slas as s', 's.id', 'm.sla_id')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .select(['m.id', 'm.version', 'm.sla_id', 's.engagement_id', 'm.status'])
    .select(fileColumns('measurements.csv', 'm'));
}

type MeasurementSelection = Awaited<
  ReturnType<ReturnType<typeof selectMeasurements>['executeTakeFirstOrThrow']>
>;

export function toRecord(row: MeasurementSelection): MeasurementRecord {
  const { id, version, sla_id, engagement_id, status } = row;
  const values = fileValues('measurements.csv', row);
  return { id, version, slaId: sla_id, engagementId: engagement_id, status, values };
}

export const keyOf = (values: { engagement: string; sla: string; period: string }) =>
  `${values.engagement}/${values.sla}/${values.period}`;

export const auditedSnapshot = (record: MeasurementRecord) => snapshot(record, { status: record.status });

/** Locks a measurement and reads it as its record. */
export const lockMeasurement = (trx: Trx, id: number) =>
  lockRow(trx, 'measurements', id, async (reader, measurementId): Promise<MeasurementRecord | undefined> => {
    const row = await selectMeasurements(reader).where('m.id', '=', measurementId).executeTakeFirst();
    return row && toRecord(row);
  });

type SlaTarget = {
  id: number;
  engagementId: number;
  unit: SlaUnit;
  direction: 'higher_is_better' | 'lower_is_better';
  expected: string;
  minimum: string | null;
  archived: boolean;
};

function findSla(trx: Trx, engagementCode: string, slaCode: string): Promise<SlaTarget | undefined> {
  return trx
    .selectFrom('slas as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .select([
      's.id',
      's.engagement_id as engagementId',
      's.unit',
      's.direction',
      's.expected',
      's.minimum',
      sql<boolean>`s.archived_at is not null`.as('archived'),
    ])
    .where('e.code', '=', engagementCode)
    .where('s.code', '=', slaCode)
    .executeTakeFirst();
}

/** An actual its SLA's unit cannot have (−3 seconds, 120 %), as an issue at `path`; null when it fits. */
export function unitIssue(sla: Pick<SlaTarget, 'unit'>, actual: string, path: string): FieldIssue | null {
  const issue = slaValueIssue(sla.unit, actual);
  return issue === null ? null : { path, message: `${actual} ${issue}` };
}

export function columnsOf(values: MeasurementCsvRow, sla: SlaTarget) {
  const { engagement: _engagement, sla: _sla, ...rest } = values;
  return { ...rest, sla_id: sla.id, status: slaStatus(sla, values.actual) };
}

const duplicatePeriod = (values: { engagement: string; sla: string; period: string }): FieldIssue => ({
  path: 'values.period',
  message: `${values.engagement} ${values.sla} has a measurement for ${values.period} already: edit that one`,
});

const periodTaken = (trx: Trx, slaId: number, period: string, exceptId: number | null) =>
  keyTaken(trx, 'measurements', { sla_id: slaId, period }, exceptId);

/** The SLA a new measurement names; an unknown engagement or SLA, or an archived SLA, is an issue. */
async function slaForNewRow(trx: Trx, values: MeasurementCsvRow): Promise<SlaTarget | FieldIssue> {
  if (!(await findEngagementRef(trx, values.engagement))) {
    return { path: 'values.engagement', message: `unknown engagement "${values.engagement}"` };
  }
  const sla = await findSla(trx, values.engagement, values.sla);
  if (!sla)
    return { path: 'values.sla', message: `unknown SLA "${values.sla}" of engagement ${values.engagement}` };
  if (sla.archived) return { path: 'values.sla', message: `SLA ${values.sla} is archived: restore it first` };
  return sla;
}

/** Measurements as versioned rows: locked by id, named by their engagement, SLA and month. */
const MEASUREMENTS: VersionedRows<MeasurementRecord> = {
  entity: 'measurement',
  missing: (id) => `No measurement with id ${id}`,
  lock: lockMeasurement,
  keyOf: (record) => keyOf(record.values),
  engagementOf: (record) => record.engagementId,
  audited: auditedSnapshot,
};

export function createMeasurement(
  db: Db,
  who: Who,
  values: MeasurementCsvRow,
): Promise<WriteResult<MeasurementRecord>> {
  return writeInTransaction(db, duplicatePeriod(values), async (trx) => {
    const sla = await slaForNewRow(trx, values);
    if ('path' in sla) return { ok: false, reason: 'invalid', issues: [sla] };
    const misfit = unitIssue(sla, values.actual, 'values.actual');
    if (misfit) return { ok: false, reason: 'invalid', issues: [misfit] };
    if (await periodTaken(trx, sla.id, values.period, null)) {
      return invalid('values.period', duplicatePeriod(values).message);
    }
    const { id } = await trx
      .insertInto('measurements')
      .values(columnsOf(values, sla))
      .returning('id')
      .executeTakeFirstOrThrow();
    return recordCreated(trx, who, MEASUREMENTS, id);
  });
}

/** Changes a measurement (its month may change, its SLA may not); its status is judged again by `slaStatus`. */
export function updateMeasurement(
  db: Db,
  who: Who,
  input: { id: number; version: number; values: MeasurementCsvRow },
): Promise<WriteResult<MeasurementRecord>> {
  return writeInTransaction(db, duplicatePeriod(input.values), (trx) =>
    changeVersioned(trx, who, MEASUREMENTS, input, { action: 'measurement.update' }, async (before) => {
      if (input.values.engagement !== before.values.engagement) {
        return invalid('values.engagement', fixedEngagement('a measurement', before.values.engagement));
      }
      if (input.values.sla !== before.values.sla) {
        return invalid('values.sla', `cannot change: the measurement belongs to SLA ${before.values.sla}`);
      }
      const proposed = Object.fromEntries(measurementsFile.columns.map((c) => [c, toCell(input.values[c])]));
      if (changedColumns(measurementsFile, before.values, proposed).length === 0) return 'unchanged';
      if (await periodTaken(trx, before.slaId, input.values.period, input.id)) {
        return invalid('values.period', duplicatePeriod(input.values).message);
      }
      const sla = await findSla(trx, before.values.engagement, before.values.sla);
      if (!sla) throw new Error('the measurement has no SLA');
      const misfit = unitIssue(sla, input.values.actual, 'values.actual');
      if (misfit) return { ok: false, reason: 'invalid', issues: [misfit] };
      await writeColumns(trx, 'measurements', input.id, columnsOf(input.values, sla));
      return { changed: true };
    }),
  );
}

/** Removes a measurement entered by mistake (the month becomes unreported); the audit trail keeps its values. */
export function deleteMeasurement(
  db: Db,
  who: Who,
  input: { id: number; version: number },
): Promise<WriteResult<MeasurementRecord>> {
  return removeVersioned(db, who, MEASUREMENTS, input, (trx, record) =>
    trx.deleteFrom('measurements').where('id', '=', record.id).execute(),
  );
}
