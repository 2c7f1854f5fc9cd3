import {
  type InterchangeError,
  type InterchangeRows,
  type SlaLevels,
  type SlaStatus,
  slaJudge,
  slaValueIssue,
} from '@portfolio/domain';
import { storedColumns } from './file-columns.ts';
import { type Importer, KeyResolver, quoted, sameDecimal } from './importer-support.ts';
import { engagementIdsByCode, type SlaRef, slaKey, slasByCode, slasByEngagementId } from './natural-keys.ts';
import { recomputeMeasurementStatuses } from './recompute-statuses.ts';
import { MEASUREMENT_COLUMN_TYPES, preparedUpsert, type UpsertRow, upsertRows } from './upsert.ts';

function sameLevels(a: SlaLevels & { expected: string; minimum: string | null }, b: SlaRef): boolean {
  return (
    a.direction === b.direction && sameDecimal(a.expected, b.expected) && sameDecimal(a.minimum, b.minimum)
  );
}

/** SLAs are upserted; where a stored SLA's levels change, its measurements' statuses are judged again. */
export const importSlas: Importer<InterchangeRows['slas.csv']> = async (trx, { omitted }) => {
  const engagements = await engagementIdsByCode(trx);
  const stored = await slasByEngagementId(trx);
  return (rows) => {
    const resolver = new KeyResolver();
    const relevelled: { id: number; levels: SlaLevels }[] = [];
    const records = rows.flatMap(({ line, row }) => {
      const { engagement, ...rest } = row;
      const engagementId = resolver.find(
        engagements,
        engagement,
        line,
        'engagement',
        () => `engagement ${quoted(engagement)}`,
      );
      if (engagementId === undefined) return [];
      const existing = stored.get(slaKey(engagementId, row.code));
      // A file without the minimum column keeps the stored minimum: the levels are judged with it.
      const minimum = existing && omitted.has('minimum') ? existing.minimum : row.minimum;
      const levels = { direction: row.direction, expected: row.expected, minimum };
      if (existing && !sameLevels(levels, existing)) relevelled.push({ id: existing.id, levels });
      return [{ ...rest, engagement_id: engagementId }];
    });
    return {
      errors: resolver.errors,
      async write() {
        const counts = await upsertRows(
          trx,
          {
            table: 'slas',
            ...storedColumns('slas.csv'),
          },
          records,
          omitted,
        );
        return { ...counts, statusesChanged: await recomputeMeasurementStatuses(trx, relevelled) };
      },
    };
  };
};

type MeasurementRecord = UpsertRow<'measurements', keyof typeof MEASUREMENT_COLUMN_TYPES>;

/** A measurement's status is the domain's verdict on its actual against its SLA's levels. */
export const importMeasurements: Importer<InterchangeRows['measurements.csv']> = async (trx, { omitted }) => {
  const engagements = await engagementIdsByCode(trx);
  const slas = await slasByCode(trx);
  // Each SLA's levels are read once, not once per measurement.
  const judges = new Map<number, (actual: string) => SlaStatus>();
  const judgeOf = (sla: SlaRef) => {
    const known = judges.get(sla.id);
    if (known) return known;
    const judge = slaJudge(sla);
    judges.set(sla.id, judge);
    return judge;
  };
  return (rows) => {
    const resolver = new KeyResolver();
    const unitErrors: InterchangeError[] = [];
    // One plain loop and one object per row: a file of a million rows is prepared without a copy of each in between.
    const records: MeasurementRecord[] = [];
    for (const { line, row } of rows) {
      const { engagement, sla: code } = row;
      const what = () => `engagement ${quoted(engagement)}`;
      if (resolver.find(engagements, engagement, line, 'engagement', what) === undefined) continue;
      const sla = resolver.find(
        slas,
        slaKey(engagement, code),
        line,
        'sla',
        () => `SLA ${quoted(code)} of engagement ${engagement}`,
      );
      if (sla === undefined) continue;
      const misfit = slaValueIssue(sla.unit, row.actual);
      if (misfit !== null) {
        unitErrors.push({ line, column: 'actual', reason: `${row.actual} ${misfit}` });
        continue;
      }
      records.push({
        sla_id: sla.id,
        period: row.period,
        actual: row.actual,
        numerator: row.numerator,
        denominator: row.denominator,
        source: row.source,
        note: row.note,
        status: judgeOf(sla)(row.actual),
      });
    }
    return {
      errors: [...resolver.errors, ...unitErrors],
      write: preparedUpsert(
        trx,
        {
          table: 'measurements',
          key: ['sla_id', 'period'],
          columns: ['sla_id', 'period', 'actual', 'numerator', 'denominator', 'source', 'note', 'status'],
          types: MEASUREMENT_COLUMN_TYPES,
        },
        records,
        omitted,
      ),
    };
  };
};
