import type { Role } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

const userColumns = [
  'id',
  'email',
  'name',
  'role',
  'active',
  'version',
  'created_at as createdAt',
  'last_sign_in_at as lastSignInAt',
] as const;

export type UserSummary = Awaited<ReturnType<typeof listUsers>>[number];

export function listUsers(db: Db) {
  return db.selectFrom('users').select(userColumns).orderBy('email').execute();
}

export function findUserById(db: Db, id: number) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

/** The user with that email (any case), or undefined. */
export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(userColumns)
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

/** The user with that email (any case), with the password hash for signing in. */
export function findUserForSignIn(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select([...userColumns, 'password_hash as passwordHash'])
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export function insertUser(db: Db, user: { email: string; name: string; role: Role; passwordHash: string }) {
  return db
    .insertInto('users')
    .values({ email: user.email, name: user.name, role: user.role, password_hash: user.passwordHash })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

/** Changes a user when its version is still `version`; undefined when it changed meanwhile (or is gone). */
export function updateUser(
  db: Db,
  id: number,
  version: number,
  changes: { role?: Role; active?: boolean; name?: string; passwordHash?: string },
) {
  return db
    .updateTable('users')
    .set({
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.active !== undefined && { active: changes.active }),
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(userColumns)
    .executeTakeFirst();
}

/**
 * Makes the changes of users in this transaction one at a time with every other transaction that calls it, so a
 * rule over all users (at least one active admin) is checked on what the others committed: two admins demoting
 * each other at once would otherwise both see the other still an admin.
 */
export async function serializeUserChanges(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('portfolio.users'))`.execute(db);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Replaces a password's hash with one of the same password (stronger settings): no version, no audit. */
export function setPasswordHash(db: Db, id: number, passwordHash: string) {
  return db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

export function recordSignIn(db: Db, id: number) {
  return db.updateTable('users').set({ last_sign_in_at: sql`now()` }).where('id', '=', id).execute();
}
