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

/** A session's last-seen time is written at most this often: an idle timeout of an hour loses nothing by it. */
const TOUCH_EVERY_SECONDS = 60;

/**
 * The live session with that hash and its user, touching its last-seen time: one that passed its absolute expiry,
 * or was idle longer than `idleSeconds`, or whose user was deactivated, is not returned. Reading is a plain select;
 * the last-seen time is written only when it is over a minute old, so that the many parallel requests of one
 * dashboard page (and of several API processes) do not queue on one row lock and one commit each.
 */
export async function findLiveSession(db: Db, idHash: string, idleSeconds: number) {
  const live = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .where('s.id', '=', idHash)
    .where('u.active', '=', true)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(secs => ${idleSeconds})`)
    .select([
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      's.created_at as sessionCreatedAt',
      sql<boolean>`s.last_seen_at < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS})`.as('stale'),
    ])
    .executeTakeFirst();
  if (!live) return undefined;
  const { stale, ...user } = live;
  if (stale) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: sql`now()` })
      .where('id', '=', idHash)
      .where('last_seen_at', '<', sql<Date>`now() - make_interval(secs => ${TOUCH_EVERY_SECONDS})`)
      .execute();
  }
  return user;
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
