import type { InterchangeRows, SlaLevels } from '@portfolio/domain';
import { storedColumns } from './file-columns.ts';
import { type Importer, sameDecimal, type Trx } from './importer-support.ts';
import { KeyResolver, quoted } from './key-resolver.ts';
import { MEASUREMENTS_TARGET, type MeasurementKeys, measurementResolver } from './measurement-rows.ts';
import { engagementIdsByCode, type SlaRef, slaKey, slasByCode, slasByEngagementId } from './natural-keys.ts';
import { recomputeMeasurementStatuses } from './recompute-statuses.ts';
import { preparedUpsert, upsertRows } from './upsert.ts';

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

/** Measurements are resolved against their engagements and SLAs (measurement-rows.ts) and upserted on SLA and month. */
export const importMeasurements: Importer<InterchangeRows['measurements.csv']> = async (trx, { omitted }) => {
  const resolve = measurementResolver(await measurementKeys(trx));
  return (rows) => {
    const { records, errors } = resolve(rows);
    return { errors, write: preparedUpsert(trx, MEASUREMENTS_TARGET, records, omitted) };
  };
};

/** What measurements name: engagement ids by code, SLAs by engagement and SLA code. */
export async function measurementKeys(trx: Trx): Promise<MeasurementKeys> {
  return { engagements: await engagementIdsByCode(trx), slas: await slasByCode(trx) };
}
