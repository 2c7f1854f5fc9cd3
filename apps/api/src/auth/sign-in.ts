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

/** The attempt running for each key, so the next one waits for it. */
const running = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier work of the same key has ended (whether it succeeded or not). */
function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const result = (running.get(key) ?? Promise.resolve()).then(work, work);
  const ended = result.then(
    () => undefined,
    () => undefined,
  );
  running.set(key, ended);
  void ended.then(() => {
    if (running.get(key) === ended) running.delete(key);
  });
  return result;
}

/**
 * Signs a user in: checks the rate limits, verifies the password, opens a new session (any session the caller
 * presented is ended first, so the id always changes at sign-in) and records the outcome in the audit trail.
 * Attempts for one account, and from one address, run one at a time: a failure is recorded only after the
 * password check (≈100 ms), so attempts sent at once would otherwise all pass the limit before any was counted.
 */
export function signIn(ctx: AppContext, emailInput: string, password: string) {
  const email = emailInput.trim().toLowerCase();
  const attempt = () => oneAtATime(`account ${email}`, () => attemptSignIn(ctx, email, password));
  return ctx.client.ip ? oneAtATime(`address ${ctx.client.ip}`, attempt) : attempt();
}

async function attemptSignIn(ctx: AppContext, email: string, password: string) {
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
