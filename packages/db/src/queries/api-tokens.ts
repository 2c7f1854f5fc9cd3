import type { Role } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

const tokenColumns = [
  'id',
  'name',
  'role',
  'created_at as createdAt',
  'last_used_at as lastUsedAt',
  'revoked_at as revokedAt',
] as const;

export function insertApiToken(
  db: Db,
  token: { name: string; role: Role; tokenHash: string; createdBy: number | null },
) {
  return db
    .insertInto('api_tokens')
    .values({ name: token.name, role: token.role, token_hash: token.tokenHash, created_by: token.createdBy })
    .returning(tokenColumns)
    .executeTakeFirstOrThrow();
}

/**
 * Every token with who made it: a user's email (null for the CLI or the system) and whether that user is still
 * active, since a token works only while its creator does (useApiToken).
 */
export function listApiTokens(db: Db) {
  return db
    .selectFrom('api_tokens as t')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .select([
      't.id',
      't.name',
      't.role',
      't.created_at as createdAt',
      't.last_used_at as lastUsedAt',
      't.revoked_at as revokedAt',
      'u.email as createdBy',
      sql<boolean>`coalesce(u.active, true)`.as('creatorActive'),
    ])
    .orderBy('t.created_at', 'desc')
    .orderBy('t.id', 'desc')
    .execute();
}

/** Revokes a token; undefined when there is no such token or it was revoked already. */
export function revokeApiToken(db: Db, id: number) {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(tokenColumns)
    .executeTakeFirst();
}

/**
 * The unrevoked token with that hash whose creator is still active (a deactivated user's tokens stop working with
 * them; tokens made by the CLI have no creator and stay), marking it used. `auditDue` tells whether it had not been used in the hour
 * before, so token use can be audited without one event per request. The last-used time is written at most once
 * a minute, so that a script's parallel requests do not queue on the token's row lock and one commit each.
 */
export async function useApiToken(db: Db, tokenHash: string) {
  const token = await db
    .selectFrom('api_tokens as t')
    .leftJoin('users as u', 'u.id', 't.created_by')
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.created_by', 'is', null), eb('u.active', '=', true)]))
    .select([
      't.id',
      't.name',
      't.role',
      sql<boolean>`(t.last_used_at is null or t.last_used_at < now() - interval '1 hour')`.as('auditDue'),
      sql<boolean>`(t.last_used_at is null or t.last_used_at < now() - interval '1 minute')`.as('stale'),
    ])
    .executeTakeFirst();
  if (!token) return undefined;
  const { stale, ...used } = token;
  if (!stale) return used;
  // Only the request that moves the time on audits the use, when two arrive in the same moment.
  const touched = await db
    .updateTable('api_tokens')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', token.id)
    .where((eb) =>
      eb.or([
        eb('last_used_at', 'is', null),
        eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`),
      ]),
    )
    .executeTakeFirst();
  return { ...used, auditDue: used.auditDue && Number(touched.numUpdatedRows) > 0 };
}
