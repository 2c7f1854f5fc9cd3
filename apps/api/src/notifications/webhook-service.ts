import {
  enqueueMessage,
  insertWebhookTarget,
  listDeliveries,
  listWebhookTargets,
  loadWebhookTarget,
  recordAudit,
  removeWebhookTarget,
} from '@portfolio/db';
import type { AlertKind, SubscriptionFilter } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { actorOf, type Principal } from '../auth/principal.ts';
import type { AppContext } from '../context.ts';
import { type ChatFormat, renderTestMessage } from './render-chat.ts';
import { sendWaiting } from './send-outbox.ts';
import { deliveryOf } from './subscription-service.ts';

type Caller = AppContext & { principal: Principal };

export type NewTarget = {
  name: string;
  format: ChatFormat;
  url: string;
  kinds: AlertKind[];
  filter: SubscriptionFilter;
};

/** What tells two webhook URLs apart without giving them away: the host and the last four characters. */
export function urlHint(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}/…${(parsed.pathname + parsed.search).slice(-4)}`;
}

/** The targets in use, whether targets can be added here, and the latest chat messages. */
export async function webhookOverview(ctx: AppContext) {
  const [targets, deliveries] = await Promise.all([
    listWebhookTargets(ctx.db),
    listDeliveries(ctx.db, { limit: 50 }),
  ]);
  return {
    targets,
    canAdd: ctx.notifications.secretBox !== null,
    deliveries: deliveries.filter((delivery) => delivery.channel === 'webhook'),
  };
}

/**
 * Adds a target with its URL sealed (secret-box.ts); the URL is answered this once and never again, nor written to
 * the audit trail. Without a secret key (PostgreSQL without PORTFOLIO_SECRET_KEY) it is refused.
 */
export async function addTarget(ctx: Caller, input: NewTarget) {
  const box = ctx.notifications.secretBox;
  if (!box) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'Set PORTFOLIO_SECRET_KEY (the same on every API process) to store webhook URLs encrypted',
    });
  }
  const target = await ctx.db.transaction().execute(async (trx) => {
    const added = await insertWebhookTarget(trx, {
      ...input,
      urlSealed: box.seal(input.url),
      urlHint: urlHint(input.url),
      createdBy: actorOf(ctx.principal).label,
    }).catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505') {
        throw new TRPCError({ code: 'CONFLICT', message: `A target named "${input.name}" exists already` });
      }
      throw error;
    });
    await recordAudit(trx, {
      actor: actorOf(ctx.principal),
      action: 'webhook.add',
      entity: 'webhook_target',
      entityKey: added.name,
      after: {
        name: added.name,
        format: added.format,
        urlHint: added.urlHint,
        kinds: added.kinds,
        filter: added.filter,
      },
      ip: ctx.client.ip,
    });
    return added;
  });
  return { ...target, url: input.url };
}

export async function removeTarget(ctx: Caller, id: number) {
  const target = await loadWebhookTarget(ctx.db, id);
  if (!target) throw new TRPCError({ code: 'NOT_FOUND', message: `No webhook target #${id}` });
  await ctx.db.transaction().execute(async (trx) => {
    await removeWebhookTarget(trx, id);
    await recordAudit(trx, {
      actor: actorOf(ctx.principal),
      action: 'webhook.remove',
      entity: 'webhook_target',
      entityKey: target.name,
      before: { name: target.name, format: target.format, urlHint: target.urlHint },
      ip: ctx.client.ip,
    });
  });
  return { id };
}

/** Queues a test message to a target and attempts it at once: the delivery as it stands after that attempt. */
export async function testTarget(ctx: AppContext, id: number) {
  const target = await loadWebhookTarget(ctx.db, id);
  if (!target) throw new TRPCError({ code: 'NOT_FOUND', message: `No webhook target #${id}` });
  const message = renderTestMessage(target.format, ctx.notifications.publicUrl);
  const queued = await enqueueMessage(ctx.db, {
    channel: 'webhook',
    reason: 'test',
    targetId: id,
    recipient: target.name,
    subject: message.subject,
    text: message.text,
    payload: message.payload,
    items: [],
  });
  await sendWaiting(ctx, queued);
  return deliveryOf(ctx, queued);
}
