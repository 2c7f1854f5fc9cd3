import {
  changedColumns,
  type EntityValues,
  type MeasurementCsvRow,
  type MonthEntry,
  measurementsFile,
  type SlaStatus,
  type SlaUnit,
  slaStatus,
  slaValueIssue,
  toCell,
} from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { findEngagementRef, fixedEngagement } from './engagement-refs.ts';
import {
  auditChange,
  changeVersioned,
  type FieldIssue,
  invalid,
  lastChange,
  notFound,
  recordCreated,
  removeVersioned,
  snapshot,
  type Trx,
  type VersionedRows,
  type Who,
  type WriteResult,
  writeInTransaction,
  written,
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

function selectMeasurements(db: Db | Trx) {
  return db
    .selectFrom('measurements as m')
    .innerJoin('slas as s', 's.id', 'm.sla_id')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .select([
      'm.id',
      'm.version',
      'm.sla_id',
      's.engagement_id',
      'm.status',
      'e.code as engagement',
      's.code as sla',
      'm.period',
      'm.actual',
      'm.numerator',
      'm.denominator',
      'm.source',
      'm.note',
    ]);
}

type MeasurementSelection = Awaited<
  ReturnType<ReturnType<typeof selectMeasurements>['executeTakeFirstOrThrow']>
>;

function toRecord(row: MeasurementSelection): MeasurementRecord {
  const { id, version, sla_id, engagement_id, status, ...columns } = row;
  const values = Object.fromEntries(
    measurementsFile.columns.map((column) => [column, toCell(columns[column])]),
  ) as EntityValues<'measurements.csv'>;
  return { id, version, slaId: sla_id, engagementId: engagement_id, status, values };
}

const keyOf = (values: { engagement: string; sla: string; period: string }) =>
  `${values.engagement}/${values.sla}/${values.period}`;

const auditedSnapshot = (record: MeasurementRecord) => snapshot(record, { status: record.status });

async function lockMeasurement(trx: Trx, id: number): Promise<MeasurementRecord | undefined> {
  await trx.selectFrom('measurements').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  const row = await selectMeasurements(trx).where('m.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

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
function unitIssue(sla: Pick<SlaTarget, 'unit'>, actual: string, path: string): FieldIssue | null {
  const issue = slaValueIssue(sla.unit, actual);
  return issue === null ? null : { path, message: `${actual} ${issue}` };
}

function columnsOf(values: MeasurementCsvRow, sla: SlaTarget) {
  const { engagement: _engagement, sla: _sla, ...rest } = values;
  return { ...rest, sla_id: sla.id, status: slaStatus(sla, values.actual) };
}

const duplicatePeriod = (values: { engagement: string; sla: string; period: string }): FieldIssue => ({
  path: 'values.period',
  message: `${values.engagement} ${values.sla} has a measurement for ${values.period} already: edit that one`,
});

async function periodTaken(trx: Trx, slaId: number, period: string, exceptId: number | null) {
  let query = trx
    .selectFrom('measurements')
    .select('id')
    .where('sla_id', '=', slaId)
    .where('period', '=', period);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

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
      await trx
        .updateTable('measurements')
        .set({ ...columnsOf(input.values, sla), version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', input.id)
        .execute();
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

/** One SLA's row of the monthly entry grid: its terms and its measurement of the month, if any. */
export type MonthEntrySlaRecord = {
  id: number;
  code: string;
  name: string;
  unit: SlaUnit;
  direction: 'higher_is_better' | 'lower_is_better';
  expected: string;
  minimum: string | null;
  kind: 'critical' | 'key';
  allocationPct: string | null;
  measurement: MeasurementRecord | null;
};

/** A month of one engagement's SLAs, as the monthly entry grid shows them. */
export type MonthEntryRecord = {
  engagement: {
    id: number;
    code: string;
    name: string;
    type: string;
    status: string;
    currency: string;
    atRiskPct: string;
    earnBackMonths: number;
    startDate: string;
    endDate: string | null;
  };
  period: string;
  /** The month's `base` and `volume` charges in the engagement's currency: what credits are a share of. */
  creditableCharges: string;
  slas: MonthEntrySlaRecord[];
};

/** The SLAs in force (not archived) of an engagement with their measurements of a month; undefined for no engagement. */
export async function loadMonthEntry(
  db: Db | Trx,
  engagementCode: string,
  period: string,
): Promise<MonthEntryRecord | undefined> {
  const engagement = await db
    .selectFrom('engagements')
    .select([
      'id',
      'code',
      'name',
      'type',
      'status',
      'currency',
      'at_risk_pct as atRiskPct',
      'earn_back_months as earnBackMonths',
      'start_date as startDate',
      'end_date as endDate',
    ])
    .where('code', '=', engagementCode)
    .executeTakeFirst();
  if (!engagement) return undefined;
  const slas = await db
    .selectFrom('slas')
    .select(['id', 'code', 'name', 'unit', 'direction', 'expected', 'minimum', 'kind', 'allocation_pct'])
    .where('engagement_id', '=', engagement.id)
    .where('archived_at', 'is', null)
    .orderBy('kind')
    .orderBy('code')
    .execute();
  const measurements = await selectMeasurements(db)
    .where('s.engagement_id', '=', engagement.id)
    .where('m.period', '=', period)
    .execute();
  const bySla = new Map(measurements.map((row) => [row.sla_id, toRecord(row)]));
  const charges = await db
    .selectFrom('charges')
    .select(sql<string>`coalesce(sum(amount), 0)::numeric(16, 2)`.as('total'))
    .where('engagement_id', '=', engagement.id)
    .where('period', '=', period)
    .where('category', 'in', ['base', 'volume'])
    .executeTakeFirstOrThrow();
  return {
    engagement,
    period,
    creditableCharges: charges.total,
    slas: slas.map((sla) => ({
      id: sla.id,
      code: sla.code,
      name: sla.name,
      unit: sla.unit,
      direction: sla.direction,
      expected: sla.expected,
      minimum: sla.minimum,
      kind: sla.kind,
      allocationPct: sla.allocation_pct,
      measurement: bySla.get(sla.id) ?? null,
    })),
  };
}

/**
 * Saves a month of one engagement's SLA report in one transaction, all or nothing: each row inserts, changes or
 * (left empty) removes the SLA's measurement of the month, with an audit event per measurement changed. A row
 * whose measurement moved on since the grid was filled (`version`) refuses the whole save and names it.
 */
export function saveMonthEntry(db: Db, who: Who, entry: MonthEntry): Promise<WriteResult<MonthEntryRecord>> {
  const duplicate = { path: 'rows', message: 'another save of this month came first: reload the month' };
  return writeInTransaction(db, duplicate, async (trx) => {
    const engagement = await findEngagementRef(trx, entry.engagement);
    if (!engagement) return notFound(`No engagement ${entry.engagement}`);
    const slas = await trx
      .selectFrom('slas')
      .select(['id', 'code', 'unit', 'direction', 'expected', 'minimum'])
      .where('engagement_id', '=', engagement.id)
      .where('archived_at', 'is', null)
      .execute();
    const slaByCode = new Map(slas.map((sla) => [sla.code, sla]));
    const issues: FieldIssue[] = [];
    entry.rows.forEach((row, index) => {
      const sla = slaByCode.get(row.sla);
      if (!sla) {
        issues.push({
          path: `rows.${index}.sla`,
          message: `no SLA ${row.sla} in force on ${entry.engagement}`,
        });
        return;
      }
      const misfit = row.measurement && unitIssue(sla, row.measurement.actual, `rows.${index}.values.actual`);
      if (misfit) issues.push(misfit);
    });
    if (issues.length > 0) return { ok: false, reason: 'invalid', issues };
    await trx
      .selectFrom('measurements')
      .select('id')
      .where('sla_id', 'in', slas.length > 0 ? slas.map((sla) => sla.id) : [0])
      .where('period', '=', entry.period)
      .forUpdate()
      .execute();
    const month = await loadMonthEntry(trx, entry.engagement, entry.period);
    if (!month) return notFound(`No engagement ${entry.engagement}`);
    const stored = new Map(month.slas.map((sla) => [sla.code, sla.measurement]));
    const stale = entry.rows.filter((row) => (stored.get(row.sla)?.version ?? null) !== row.version);
    if (stale.length > 0) {
      const first = stale[0] && stored.get(stale[0].sla);
      return {
        ok: false,
        reason: 'conflict',
        current: month,
        lastChange: first ? await lastChange(trx, 'measurement', keyOf(first.values), first.version) : null,
        keys: stale.map((row) => row.sla),
      };
    }
    let changed = 0;
    for (const row of entry.rows) {
      const before = stored.get(row.sla) ?? null;
      const sla = slaByCode.get(row.sla);
      if (!sla) continue;
      const target = { ...sla, engagementId: engagement.id, archived: false };
      if (row.measurement === null) {
        if (before === null) continue;
        await trx.deleteFrom('measurements').where('id', '=', before.id).execute();
        await auditChange(trx, who, {
          action: 'measurement.delete',
          entity: 'measurement',
          entityKey: keyOf(before.values),
          engagementId: engagement.id,
          before: auditedSnapshot(before),
          after: null,
          detail: { via: 'month entry' },
        });
      } else if (before === null) {
        const { id } = await trx
          .insertInto('measurements')
          .values(columnsOf(row.measurement, target))
          .returning('id')
          .executeTakeFirstOrThrow();
        const after = await lockMeasurement(trx, id);
        if (!after) throw new Error('the new measurement is gone');
        await auditChange(trx, who, {
          action: 'measurement.create',
          entity: 'measurement',
          entityKey: keyOf(after.values),
          engagementId: engagement.id,
          before: null,
          after: auditedSnapshot(after),
          detail: { via: 'month entry' },
        });
      } else {
        const proposed = Object.fromEntries(
          measurementsFile.columns.map((c) => [c, toCell(row.measurement?.[c])]),
        );
        if (changedColumns(measurementsFile, before.values, proposed).length === 0) continue;
        await trx
          .updateTable('measurements')
          .set({ ...columnsOf(row.measurement, target), version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', before.id)
          .execute();
        const after = await lockMeasurement(trx, before.id);
        if (!after) throw new Error('the measurement is gone');
        await auditChange(trx, who, {
          action: 'measurement.update',
          entity: 'measurement',
          entityKey: keyOf(after.values),
          engagementId: engagement.id,
          before: auditedSnapshot(before),
          after: auditedSnapshot(after),
          detail: { via: 'month entry' },
        });
      }
      changed += 1;
    }
    const after = await loadMonthEntry(trx, entry.engagement, entry.period);
    if (!after) throw new Error('the engagement is gone');
    return written(after, changed > 0);
  });
}
