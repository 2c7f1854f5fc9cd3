import { type SlaLevels, type SlaStatus, slaStatus } from '@portfolio/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

const BATCH = 5_000;

/**
 * Rewrites the stored status of every measurement of these SLAs by their (new) levels; only measurements whose
 * status changes are written (version + 1). Returns how many changed.
 */
export async function recomputeMeasurementStatuses(
  trx: Transaction<Database>,
  slas: readonly { id: number; levels: SlaLevels }[],
): Promise<number> {
  const changed: Record<SlaStatus, number[]> = { met: [], missed: [], breached: [] };
  for (let start = 0; start < slas.length; start += BATCH) {
    const batch = slas.slice(start, start + BATCH);
    const levels = new Map(batch.map((sla) => [sla.id, sla.levels]));
    const measurements = await trx
      .selectFrom('measurements')
      .select(['id', 'sla_id', 'actual', 'status'])
      .where('sla_id', 'in', [...levels.keys()])
      .execute();
    for (const measurement of measurements) {
      const sla = levels.get(measurement.sla_id);
      if (!sla) continue;
      const status = slaStatus(sla, measurement.actual);
      if (status !== measurement.status) changed[status].push(measurement.id);
    }
  }
  let count = 0;
  for (const [status, ids] of Object.entries(changed) as [SlaStatus, number[]][]) {
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const result = await trx
        .updateTable('measurements')
        .set({ status, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', 'in', batch)
        .executeTakeFirst();
      count += Number(result.numUpdatedRows);
    }
  }
  return count;
}
