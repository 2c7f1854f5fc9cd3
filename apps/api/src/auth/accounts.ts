import {
  countActiveAdmins,
  type Db,
  deleteUserSessions,
  findUserById,
  insertApiToken,
  insertUser,
  recordAudit,
  revokeApiToken,
  serializeUserChanges,
  updateUser,
} from '@portfolio/db';
import type { Role } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { hashPassword } from './passwords.ts';
import { actorOf, type Principal } from './principal.ts';
import { hashSecret, newSecret } from './secrets.ts';

/**
 * Managing users and API tokens: each change and its audit event in one transaction. Shared by the admin
 * procedures and the CLI, so both follow the same rules.
 */
type Who = { principal: Principal; ip: string | null };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

export async function createUser(
  db: Db,
  who: Who,
  input: { email: string; name: string; role: Role; password: string },
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction().execute(async (trx) => {
      const user = await insertUser(trx, {
        email: input.email.trim(),
        name: input.name,
        role: input.role,
        passwordHash,
      });
      await recordAudit(trx, {
        actor: actorOf(who.principal),
        action: 'user.create',
        entity: 'user',
        entityKey: user.email.toLowerCase(),
        after: { email: user.email, name: user.name, role: user.role },
        ip: who.ip,
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new TRPCError({
        code: 'CONFLICT',
        message: `A user with the email ${input.email} exists already`,
      });
    throw error;
  }
}

/**
 * Changes a user's role, name or active flag, refused when someone changed the user since `version` was read, or
 * when it would leave no active admin. Deactivating or changing the role ends the user's sessions.
 */
export async function changeUser(
  db: Db,
  who: Who,
  input: {
    id: number;
    version: number;
    role?: Role | undefined;
    active?: boolean | undefined;
    name?: string | undefined;
  },
) {
  return db.transaction().execute(async (trx) => {
    await serializeUserChanges(trx);
    const before = await findUserById(trx, input.id);
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such user' });
    if (before.version !== input.version) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `${before.email} was changed by someone else meanwhile: reload and try again`,
      });
    }
    const after = await updateUser(trx, input.id, input.version, {
      role: input.role,
      active: input.active,
      name: input.name,
    });
    if (!after)
      throw new TRPCError({
        code: 'CONFLICT',
        message: `${before.email} was changed by someone else meanwhile`,
      });
    if ((await countActiveAdmins(trx)) === 0) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'There must remain at least one active admin' });
    }
    if (after.role !== before.role || !after.active) await deleteUserSessions(trx, after.id);
    const action =
      after.role !== before.role
        ? 'user.role_change'
        : after.active !== before.active
          ? 'user.active_change'
          : 'user.update';
    await recordAudit(trx, {
      actor: actorOf(who.principal),
      action,
      entity: 'user',
      entityKey: after.email.toLowerCase(),
      before: { role: before.role, active: before.active, name: before.name },
      after: { role: after.role, active: after.active, name: after.name },
      ip: who.ip,
    });
    return after;
  });
}

/** Creates an API token; the secret is returned this once and only its hash is kept. */
export async function createApiToken(db: Db, who: Who, input: { name: string; role: Role }) {
  const secret = newSecret('pt');
  const createdBy = who.principal.kind === 'user' ? who.principal.userId : null;
  const token = await db.transaction().execute(async (trx) => {
    const row = await insertApiToken(trx, {
      name: input.name,
      role: input.role,
      tokenHash: hashSecret(secret),
      createdBy,
    });
    await recordAudit(trx, {
      actor: actorOf(who.principal),
      action: 'token.create',
      entity: 'api_token',
      entityKey: String(row.id),
      after: { name: row.name, role: row.role },
      ip: who.ip,
    });
    return row;
  });
  return { ...token, secret };
}

export async function revokeToken(db: Db, who: Who, id: number) {
  return db.transaction().execute(async (trx) => {
    const token = await revokeApiToken(trx, id);
    if (!token) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such active token' });
    await recordAudit(trx, {
      actor: actorOf(who.principal),
      action: 'token.revoke',
      entity: 'api_token',
      entityKey: String(id),
      before: { name: token.name, role: token.role },
      ip: who.ip,
    });
    return token;
  });
}
