import type { Db } from '@portfolio/db';
import { getJson } from './api-client.ts';

/** A month of an engagement's SLA grid to save again and again: the first engagement with SLAs measured in it. */
export async function gridMonth(db: Db) {
  const row = await db
    .selectFrom('measurements as m')
    .innerJoin('slas as s', 's.id', 'm.sla_id')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .where('m.period', '=', '2026-10')
    .where('s.archived_at', 'is', null)
    .select(['e.code', 's.code as sla', 'm.actual'])
    .orderBy('e.code')
    .orderBy('s.code')
    .executeTakeFirstOrThrow();
  return { engagement: row.code, sla: row.sla, period: '2026-10', actual: Number(row.actual) };
}

/**
 * Saves the month through the API as the grid does, the SLA's actual alternating between two values so that every
 * save changes it (a save that changes nothing writes nothing, and the figures after it would be kept answers).
 */
export async function saveGridMonth(
  url: string,
  cookie: string,
  grid: Awaited<ReturnType<typeof gridMonth>>,
  save: number,
) {
  const month = (await getJson(url, cookie, 'records.measurements.month', {
    engagement: grid.engagement,
    period: grid.period,
  })) as {
    slas: { code: string; measurement: { version: number; values: Record<string, string> } | null }[];
  };
  const rows = month.slas.map((sla) => ({
    sla: sla.code,
    version: sla.measurement?.version ?? null,
    values: {
      actual:
        sla.code === grid.sla
          ? // One whole step from the stored value and back: a value every unit can hold (a count is whole, a % ≤ 100).
            String(save % 2 === 0 ? grid.actual + (grid.actual >= 1 ? -1 : 1) : grid.actual)
          : (sla.measurement?.values.actual ?? ''),
      numerator: sla.measurement?.values.numerator ?? '',
      denominator: sla.measurement?.values.denominator ?? '',
      source: sla.measurement?.values.source ?? '',
      note: sla.measurement?.values.note ?? '',
    },
  }));
  const response = await fetch(`${url}/trpc/records.measurements.saveMonth`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'x-portfolio-request': '1' },
    body: JSON.stringify({ engagement: grid.engagement, period: grid.period, rows }),
  });
  if (!response.ok) throw new Error(`saveMonth answered ${response.status}: ${await response.text()}`);
}
