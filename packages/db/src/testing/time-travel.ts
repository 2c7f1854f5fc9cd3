import type { Db } from '../create-db.ts';

/**
 * Moves every session's times into the past, as if `seconds` had gone by without a request, so expiry can be
 * tested without waiting. `absolute` also moves the absolute expiry.
 */
export async function ageSessions(db: Db, seconds: number, which: 'idle' | 'absolute'): Promise<void> {
  const past = new Date(Date.now() - seconds * 1000);
  await db
    .updateTable('sessions')
    .set(which === 'idle' ? { last_seen_at: past } : { expires_at: past })
    .execute();
}
