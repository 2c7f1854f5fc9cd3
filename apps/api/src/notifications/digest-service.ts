import { enqueueMessage, lastDigestItems, loadSubscription } from '@portfolio/db';
import {
  composeDigest,
  type DigestItem,
  defaultSubscription,
  describeSchedule,
  nextDigestAt,
  type Role,
  type Subscription,
} from '@portfolio/domain';
import { type ListedAlert, listAlerts } from '../alerts/alert-service.ts';
import type { ServerContext } from '../context.ts';
import { renderDigest } from './render-digest.ts';

/** Whom a digest is for. */
export type DigestUser = { id: number; email: string; name: string; role: Role };

/** The subscription in effect: the stored one, or the role's default, which every active user has until changed. */
export async function subscriptionOf(ctx: ServerContext, user: DigestUser) {
  const stored = await loadSubscription(ctx.db, user.id);
  return { subscription: stored ?? defaultSubscription(user.role), stored };
}

/** When a subscription's digest is due next, from now on. */
export function nextDueOf(ctx: ServerContext, subscription: Subscription): Date {
  return nextDigestAt(subscription, ctx.clock.now(), ctx.notifications.timeZone);
}

/** The alerts a subscription covers, as the Alerts page lists them for its filters (alerts.list's own code). */
export function alertsFor(ctx: ServerContext, subscription: Subscription): Promise<ListedAlert[]> {
  return listAlerts(ctx, subscription.filter);
}

export type Occasion = 'scheduled' | 'on_request' | 'preview';

function occasionText(ctx: ServerContext, subscription: Subscription, occasion: Occasion): string {
  const schedule = `${describeSchedule(subscription)} (${ctx.notifications.timeZone})`;
  if (occasion === 'scheduled') return schedule;
  if (occasion === 'on_request') return `Sent on request; your digest: ${schedule}`;
  return `Preview of your digest: ${schedule}`;
}

/** A digest of these alerts against the previous digest's, split and rendered. */
export function assembleDigest(
  ctx: ServerContext,
  user: DigestUser,
  subscription: Subscription,
  alerts: readonly ListedAlert[],
  previous: readonly DigestItem[] | null,
  occasion: Occasion,
) {
  const composed = composeDigest(alerts, subscription, previous);
  const email = renderDigest({
    recipient: user,
    today: ctx.clock.today(),
    occasion: occasionText(ctx, subscription, occasion),
    filter: subscription.filter,
    kinds: subscription.kinds,
    severities: subscription.severities,
    fresh: composed.fresh,
    open: composed.open,
    publicUrl: ctx.notifications.publicUrl,
  });
  return { composed, email };
}

/** The digest the user would get now, against their last one: nothing is queued or recorded. */
export async function previewDigest(ctx: ServerContext, user: DigestUser) {
  const { subscription, stored } = await subscriptionOf(ctx, user);
  const [alerts, previous] = await Promise.all([
    alertsFor(ctx, subscription),
    lastDigestItems(ctx.db, user.id),
  ]);
  const { composed, email } = assembleDigest(ctx, user, subscription, alerts, previous, 'preview');
  return {
    subscription,
    nextDueAt: stored ? stored.nextDueAt : subscription.enabled ? nextDueOf(ctx, subscription) : null,
    fresh: composed.fresh.length,
    open: composed.open.length,
    /** Whether a scheduled digest with these alerts would go out (something new, or "always"). */
    wouldSend: composed.send,
    ...email,
  };
}

/** Queues a digest now, whatever is new (the user asked for it); it counts as their last digest. Returns its id. */
export async function queueDigestNow(ctx: ServerContext, user: DigestUser): Promise<number> {
  const { subscription } = await subscriptionOf(ctx, user);
  const alerts = await alertsFor(ctx, subscription);
  return ctx.db.transaction().execute(async (trx) => {
    const previous = await lastDigestItems(trx, user.id);
    const { composed, email } = assembleDigest(ctx, user, subscription, alerts, previous, 'on_request');
    return enqueueMessage(trx, digestMessage(user, 'on_request', composed.items, email));
  });
}

export function digestMessage(
  user: DigestUser,
  reason: 'digest' | 'on_request',
  items: readonly DigestItem[],
  email: { subject: string; text: string; html: string },
) {
  return {
    channel: 'email' as const,
    reason,
    userId: user.id,
    recipient: user.email,
    subject: email.subject,
    text: email.text,
    html: email.html,
    items,
  };
}
