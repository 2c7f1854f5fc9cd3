import { changedColumns, type MonthEntry, measurementsFile, type SlaUnit, toCell } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { findEngagementRef } from './engagement-refs.ts';
import {
  auditedSnapshot,
  columnsOf,
  keyOf,
  lockMeasurement,
  type MeasurementRecord,
  selectMeasurements,
  toRecord,
  unitIssue,
} from './measurement-writes.ts';
import { writeColumns } from './versioned-table.ts';
import {
  auditChange,
  type FieldIssue,
  lastChange,
  notFound,
  type Trx,
  type Who,
  type WriteResult,
  writeInTransaction,
  written,
} from './write-support.ts';

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
    // Each measurement the month changes is an audit event of its own, marked as made through the month entry.
    const audit = (
      action: string,
      before: MeasurementRecord | null,
      after: MeasurementRecord | null | undefined,
    ) => {
      const record = after ?? before;
      if (!record || after === undefined) throw new Error('the measurement is gone');
      return auditChange(trx, who, {
        action,
        entity: 'measurement',
        entityKey: keyOf(record.values),
        engagementId: engagement.id,
        before: before && auditedSnapshot(before),
        after: after && auditedSnapshot(after),
        detail: { via: 'month entry' },
      });
    };
    let changed = 0;
    for (const row of entry.rows) {
      const before = stored.get(row.sla) ?? null;
      const sla = slaByCode.get(row.sla);
      if (!sla) continue;
      const target = { ...sla, engagementId: engagement.id, archived: false };
      if (row.measurement === null) {
        if (before === null) continue;
        await trx.deleteFrom('measurements').where('id', '=', before.id).execute();
        await audit('measurement.delete', before, null);
      } else if (before === null) {
        const { id } = await trx
          .insertInto('measurements')
          .values(columnsOf(row.measurement, target))
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit('measurement.create', null, await lockMeasurement(trx, id));
      } else {
        const proposed = Object.fromEntries(
          measurementsFile.columns.map((c) => [c, toCell(row.measurement?.[c])]),
        );
        if (changedColumns(measurementsFile, before.values, proposed).length === 0) continue;
        await writeColumns(trx, 'measurements', before.id, columnsOf(row.measurement, target));
        await audit('measurement.update', before, await lockMeasurement(trx, before.id));
      }
      changed += 1;
    }
    const after = await loadMonthEntry(trx, entry.engagement, entry.period);
    if (!after) throw new Error('the engagement is gone');
    return written(after, changed > 0);
  });
}
