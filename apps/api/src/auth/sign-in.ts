import {
  countRecentEvents,
  deleteSession,
  findUserForSignIn,
  insertSession,
  recordAudit,
  recordSignIn,
} from '@portfolio/db';
import { TRPCError } from '@trpc/server';
import type { AppContext } from '../context.ts';
import { dummyHash, verifyPassword } from './passwords.ts';
import { actorOf } from './principal.ts';
import { hashSecret, newSecret } from './secrets.ts';
import {
  SESSION_ABSOLUTE_SECONDS,
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
  SIGN_IN_MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_SECONDS,
} from './session-policy.ts';

const FAILED = 'auth.sign_in_failed';
// One answer for an unknown account, a wrong password and a deactivated account: nothing to learn from it.
const REFUSED = 'Incorrect email or password';

async function tooManyFailures(ctx: AppContext, email: string): Promise<boolean> {
  const [byAccount, byAddress] = await Promise.all([
    countRecentEvents(ctx.db, FAILED, SIGN_IN_WINDOW_SECONDS, { entityKey: email }),
    ctx.client.ip ? countRecentEvents(ctx.db, FAILED, SIGN_IN_WINDOW_SECONDS, { ip: ctx.client.ip }) : 0,
  ]);
  return byAccount >= SIGN_IN_MAX_FAILURES_PER_ACCOUNT || byAddress >= SIGN_IN_MAX_FAILURES_PER_ADDRESS;
}

/**
 * Signs a user in: checks the rate limits, verifies the password, opens a new session (any session the caller
 * presented is ended first, so the id always changes at sign-in) and records the outcome in the audit trail.
 */
export async function signIn(ctx: AppContext, emailInput: string, password: string) {
  const email = emailInput.trim().toLowerCase();
  if (await tooManyFailures(ctx, email)) {
    await recordAudit(ctx.db, {
      actor: actorOf(null),
      action: 'auth.sign_in_throttled',
      entity: 'user',
      entityKey: email,
      ip: ctx.client.ip,
    });
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many failed sign-ins: try again in 15 minutes',
    });
  }
  const user = await findUserForSignIn(ctx.db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !valid || !user.active) {
    await recordAudit(ctx.db, {
      actor: actorOf(null),
      action: FAILED,
      entity: 'user',
      entityKey: email,
      ip: ctx.client.ip,
      detail: { userAgent: ctx.client.userAgent },
    });
    throw new TRPCError({ code: 'UNAUTHORIZED', message: REFUSED });
  }

  const token = newSecret('ps');
  const expiresAt = new Date(Date.now() + SESSION_ABSOLUTE_SECONDS * 1000);
  await ctx.db.transaction().execute(async (trx) => {
    // A new id at every sign-in: whatever session the caller came with ends here.
    if (ctx.principal?.kind === 'user') await deleteSession(trx, ctx.principal.sessionHash);
    await insertSession(trx, {
      idHash: hashSecret(token),
      userId: user.id,
      expiresAt,
      ip: ctx.client.ip,
      userAgent: ctx.client.userAgent,
    });
    await recordSignIn(trx, user.id);
    await recordAudit(trx, {
      actor: { userId: user.id, tokenId: null, label: user.email },
      action: 'auth.sign_in',
      entity: 'user',
      entityKey: email,
      ip: ctx.client.ip,
    });
  });
  ctx.sessionCookie.set(token, expiresAt);
  return { email: user.email, name: user.name, role: user.role };
}
