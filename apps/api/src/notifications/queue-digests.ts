import {
  addDefaultSubscriptions,
  dueSubscriptionUsers,
  enqueueMessage,
  findUserById,
  lastDigestItems,
  loadSubscription,
  lockDueSubscription,
  recordSubscriptionRun,
  usersWithoutSubscription,
} from '@portfolio/db';
import { defaultSubscription } from '@portfolio/domain';
import type { ServerContext } from '../context.ts';
import { alertsFor, assembleDigest, digestMessage, nextDueOf } from './digest-service.ts';

/** Due subscriptions handled per look; the rest wait for the next one. */
const BATCH = 50;

/** Every active user without a subscription gets their role's default, due at its next hour. */
export async function addDefaults(ctx: ServerContext): Promise<void> {
  const users = await usersWithoutSubscription(ctx.db);
  await addDefaultSubscriptions(
    ctx.db,
    users.map((user) => {
      const subscription = defaultSubscription(user.role);
      return { userId: user.id, subscription, nextDueAt: nextDueOf(ctx, subscription) };
    }),
  );
}

/**
 * Queues the digests due now. The alerts are computed first (alerts.list's code, kept per data version); then, in
 * one transaction per subscription, it is taken (SKIP LOCKED: another process deciding it now is left alone, and one
 * that decided already moved it to its next time), compared with the user's last digest, queued when something is
 * new (or "always"), and moved to its next time: the outbox row and the decision commit together, or neither.
 * Returns how many were queued.
 */
export async function queueDueDigests(ctx: ServerContext): Promise<number> {
  const now = ctx.clock.now();
  let queued = 0;
  for (const userId of await dueSubscriptionUsers(ctx.db, now, BATCH)) {
    const [user, subscription] = await Promise.all([
      findUserById(ctx.db, userId),
      loadSubscription(ctx.db, userId),
    ]);
    if (!user || !subscription) continue;
    const alerts = await alertsFor(ctx, subscription);
    const outcome = await ctx.db.transaction().execute(async (trx) => {
      const locked = await lockDueSubscription(trx, userId, now);
      // Changed since the alerts were computed: decided at the next look, on its new filters.
      if (!locked || locked.version !== subscription.version) return null;
      const previous = await lastDigestItems(trx, userId);
      const { composed, email } = assembleDigest(ctx, user, locked, alerts, previous, 'scheduled');
      if (composed.send) await enqueueMessage(trx, digestMessage(user, 'digest', composed.items, email));
      const run = composed.send ? ('queued' as const) : ('nothing_new' as const);
      await recordSubscriptionRun(trx, userId, { nextDueAt: nextDueOf(ctx, locked), outcome: run });
      return run;
    });
    if (outcome === 'queued') queued += 1;
  }
  return queued;
}
