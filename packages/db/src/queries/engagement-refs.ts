import type { Trx } from './write-support.ts';

/** An engagement as its SLAs, measurements, charges and deliverables refer to it. */
export type EngagementRef = { id: number; code: string; status: string; currency: string };

/** The engagement with that code, if any. */
export function findEngagementRef(trx: Trx, code: string): Promise<EngagementRef | undefined> {
  return trx
    .selectFrom('engagements')
    .select(['id', 'code', 'status', 'currency'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/**
 * The engagement a new row names by code: an unknown or archived engagement is refused with a reason fit to show
 * beside the `engagement` field.
 */
export async function engagementForNewRow(
  trx: Trx,
  code: string,
): Promise<{ engagement: EngagementRef } | { issue: string }> {
  const engagement = await findEngagementRef(trx, code);
  if (!engagement) return { issue: `unknown engagement "${code}"` };
  if (engagement.status === 'archived') return { issue: `engagement ${code} is archived` };
  return { engagement };
}

/** The reason a row may not move to another engagement. */
export function fixedEngagement(what: string, code: string): string {
  return `cannot change: ${what} stays with engagement ${code} (remove it and add it to the other engagement)`;
}
