import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/** Sessions are stored by the hash of their token, so a copy of the table signs nobody in. */
export function insertSession(
  db: Db,
  session: { idHash: string; userId: number; expiresAt: Date; ip: string | null; userAgent: string | null },
) {
  return db
    .insertInto('sessions')
    .values({
      id: session.idHash,
      user_id: session.userId,
      expires_at: session.expiresAt,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute();
}

/**
 * The live session with that hash and its user, touching its last-seen time: one that passed its absolute expiry,
 * or was idle longer than `idleSeconds`, or whose user was deactivated, is not returned.
 */
export async function findLiveSession(db: Db, idHash: string, idleSeconds: number) {
  return db
    .updateTable('sessions as s')
    .from('users as u')
    .set({ last_seen_at: sql`now()` })
    .whereRef('u.id', '=', 's.user_id')
    .where('s.id', '=', idHash)
    .where('u.active', '=', true)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(secs => ${idleSeconds})`)
    .returning(['u.id', 'u.email', 'u.name', 'u.role', 's.created_at as sessionCreatedAt'])
    .executeTakeFirst();
}

export function deleteSession(db: Db, idHash: string) {
  return db.deleteFrom('sessions').where('id', '=', idHash).execute();
}

export function deleteUserSessions(db: Db, userId: number) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Removes sessions past their absolute expiry or idle too long. */
export function deleteStaleSessions(db: Db, idleSeconds: number) {
  return db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', sql<Date>`now()`),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(secs => ${idleSeconds})`),
      ]),
    )
    .execute();
}
