import {
  deleteSession,
  deviceFailures,
  findUserForSignIn,
  forgetDevice,
  insertSession,
  recordAudit,
  recordRepeatedAudit,
  recordSignIn,
  reserveSignInAttempt,
  settleSignInAttempt,
  touchDevice,
  trustDevice,
} from '@portfolio/db';
import { TRPCError } from '@trpc/server';
import type { AppContext } from '../context.ts';
import { dummyHash, needsRehash, rehashPassword, verifyPassword } from './passwords.ts';
import { actorOf } from './principal.ts';
import { hashSecret, newSecret } from './secrets.ts';
import { DEVICE_SECONDS, SESSION_ABSOLUTE_SECONDS, SIGN_IN_LIMITS } from './session-policy.ts';

// One answer for an unknown account, a wrong password and a deactivated account: nothing to learn from it.
const REFUSED = 'Incorrect email or password';

const THROTTLED = {
  account: 'Too many failed sign-ins for this account from browsers it has not signed in from',
  address: 'Too many failed sign-ins from this address',
  device: 'Too many failed sign-ins from this browser',
} as const;

/**
 * Signs a user in: reserves the attempt against the limits (sign-in-attempts.ts, exact across API processes),
 * verifies the password, opens a new session (any session the caller presented is ended first, so the id always
 * changes at sign-in), marks the browser as a trusted device of the user, and records the outcome in the audit
 * trail. A browser the user signed in from before is limited on its own failures only (OWASP's device cookies), so
 * guesses at an account from elsewhere throttle the guesser, not the account's owner.
 */
export async function signIn(ctx: AppContext, emailInput: string, password: string) {
  const email = emailInput.trim().toLowerCase();
  const reservation = await reserveSignInAttempt(
    ctx.db,
    {
      account: email,
      address: ctx.client.ip,
      deviceHash: ctx.deviceCookie.token ? hashSecret(ctx.deviceCookie.token) : null,
    },
    SIGN_IN_LIMITS,
  );
  if (reservation.kind === 'throttled') {
    // Counted on one audit row per account, address and hour: a flood of attempts cannot flood the trail.
    await recordRepeatedAudit(ctx.db, {
      actor: actorOf(null),
      action: 'auth.sign_in_throttled',
      entity: 'user',
      entityKey: email,
      ip: ctx.client.ip,
      detail: { by: reservation.by },
    });
    const minutes = Math.ceil(reservation.retryAfterSeconds / 60);
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `${THROTTLED[reservation.by]}: try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
    });
  }

  const user = await findUserForSignIn(ctx.db, email);
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !valid || !user.active) {
    await settleSignInAttempt(ctx.db, reservation.attemptId, 'failed');
    await recordAudit(ctx.db, {
      actor: actorOf(null),
      action: 'auth.sign_in_failed',
      entity: 'user',
      entityKey: email,
      ip: ctx.client.ip,
      detail: { userAgent: ctx.client.userAgent, trustedDevice: reservation.deviceId !== null },
    });
    // A trusted browser that keeps failing is trusted no more: it falls under the account's limits again.
    if (
      reservation.deviceId !== null &&
      (await deviceFailures(ctx.db, reservation.deviceId, SIGN_IN_LIMITS.windowSeconds)) >=
        SIGN_IN_LIMITS.perDevice
    ) {
      await forgetDevice(ctx.db, reservation.deviceId);
    }
    throw new TRPCError({ code: 'UNAUTHORIZED', message: REFUSED });
  }

  const token = newSecret('ps');
  const expiresAt = new Date(Date.now() + SESSION_ABSOLUTE_SECONDS * 1000);
  const device = reservation.deviceId === null ? newSecret('pd') : null;
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
    await settleSignInAttempt(trx, reservation.attemptId, 'succeeded');
    if (device) await trustDevice(trx, user.id, hashSecret(device));
    else if (reservation.deviceId !== null) await touchDevice(trx, reservation.deviceId);
    await recordAudit(trx, {
      actor: { userId: user.id, tokenId: null, label: user.email },
      action: 'auth.sign_in',
      entity: 'user',
      entityKey: email,
      ip: ctx.client.ip,
    });
  });
  if (user.passwordHash && needsRehash(user.passwordHash)) await rehashPassword(ctx.db, user.id, password);
  ctx.sessionCookie.set(token, expiresAt);
  if (device) ctx.deviceCookie.set(device, new Date(Date.now() + DEVICE_SECONDS * 1000));
  return { email: user.email, name: user.name, role: user.role };
}
