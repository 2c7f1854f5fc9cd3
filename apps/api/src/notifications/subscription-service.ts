import {
  findUserByEmail,
  findUserById,
  listDeliveries,
  loadDelivery,
  recordAudit,
  saveSubscription,
} from '@portfolio/db';
import type { Subscription } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { actorOf, type Principal } from '../auth/principal.ts';
import type { AppContext } from '../context.ts';
import { type DigestUser, nextDueOf, queueDigestNow, subscriptionOf } from './digest-service.ts';
import { sendWaiting } from './send-outbox.ts';

type Caller = AppContext & { principal: Principal };

/** Recent deliveries a page lists. */
const RECENT = 20;

/** The signed-in user calling; a token or the CLI has no digest of its own. */
export function callingUser(ctx: Caller): DigestUser {
  const { principal } = ctx;
  if (principal.kind !== 'user') {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Only a signed-in user has a digest; name the user (pnpm portfolio digest --user EMAIL)',
    });
  }
  return { id: principal.userId, email: principal.email, name: principal.name, role: principal.role };
}

export async function userByEmail(ctx: AppContext, email: string): Promise<DigestUser> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: `No user ${email}` });
  return user;
}

export async function userById(ctx: AppContext, id: number): Promise<DigestUser> {
  const user = await findUserById(ctx.db, id);
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: `No user #${id}` });
  return user;
}

/** A user's digest settings, when the next is due, and their recent deliveries. */
export async function digestOverview(ctx: AppContext, user: DigestUser) {
  const [{ subscription, stored }, deliveries] = await Promise.all([
    subscriptionOf(ctx, user),
    listDeliveries(ctx.db, { userId: user.id, limit: RECENT }),
  ]);
  return {
    user: { email: user.email, name: user.name, role: user.role },
    subscription,
    stored: stored !== null,
    nextDueAt: stored ? stored.nextDueAt : subscription.enabled ? nextDueOf(ctx, subscription) : null,
    lastRunAt: stored?.lastRunAt ?? null,
    lastRunOutcome: stored?.lastRunOutcome ?? null,
    timeZone: ctx.notifications.timeZone,
    mailConfigured: ctx.notifications.mailer !== null,
    deliveries,
  };
}

/** Stores a user's subscription, due next at its next hour from now (never, unsubscribed), audited. */
export async function changeSubscription(ctx: Caller, user: DigestUser, subscription: Subscription) {
  const { stored } = await subscriptionOf(ctx, user);
  await ctx.db.transaction().execute(async (trx) => {
    const saved = await saveSubscription(trx, user.id, subscription, nextDueOf(ctx, subscription));
    await recordAudit(trx, {
      actor: actorOf(ctx.principal),
      action: subscription.enabled ? 'notification.subscribe' : 'notification.unsubscribe',
      entity: 'notification_subscription',
      entityKey: user.email,
      before: stored,
      after: saved,
      ip: ctx.client.ip,
    });
  });
  return digestOverview(ctx, user);
}

/** Queues a digest for the user now and attempts it at once: the delivery as it stands after that attempt. */
export async function sendDigestNow(ctx: AppContext, user: DigestUser) {
  const id = await queueDigestNow(ctx, user);
  await sendWaiting(ctx, id);
  return deliveryOf(ctx, id);
}

export async function deliveryOf(ctx: AppContext, id: number, userId?: number) {
  const delivery = await loadDelivery(ctx.db, id, userId);
  if (!delivery) throw new TRPCError({ code: 'NOT_FOUND', message: `No message #${id}` });
  return delivery;
}
