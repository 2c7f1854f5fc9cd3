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

export function listApiTokens(db: Db) {
  return db
    .selectFrom('api_tokens')
    .select(tokenColumns)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
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
 * The unrevoked token with that hash, marking it used. `auditDue` tells whether it had not been used in the hour
 * before, so token use can be audited without one event per request.
 */
export function useApiToken(db: Db, tokenHash: string) {
  const before = db
    .selectFrom('api_tokens')
    .select(['id', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .as('before');
  return db
    .updateTable('api_tokens as t')
    .from(before)
    .set({ last_used_at: sql`now()` })
    .whereRef('t.id', '=', 'before.id')
    .returning([
      't.id',
      't.name',
      't.role',
      sql<boolean>`(before.last_used_at is null or before.last_used_at < now() - interval '1 hour')`.as(
        'auditDue',
      ),
    ])
    .executeTakeFirst();
}
