import { ALERT_KINDS, subscriptionFilterSchema, textSchema } from '@portfolio/domain';
import { z } from 'zod';
import { addTarget, removeTarget, testTarget, webhookOverview } from '../notifications/webhook-service.ts';
import { adminProcedure, router } from '../trpc.ts';

const byId = z.object({ id: z.number().int().positive() });

const newTargetSchema = z.object({
  name: textSchema.trim().min(1, 'Name the channel').max(200),
  format: z.enum(['slack', 'teams']),
  url: z
    .url({ protocol: /^https?$/, error: 'Paste the webhook URL (https://…)' })
    .max(2000, 'Use at most 2000 characters'),
  kinds: z
    .array(z.enum(ALERT_KINDS))
    .min(1, 'Choose at least one kind of alert')
    .default([...ALERT_KINDS]),
  filter: subscriptionFilterSchema.default({}),
});

/** Chat channels' incoming webhooks that receive critical alerts as they appear: admins manage them. */
export const webhooksRouter = router({
  list: adminProcedure.query(({ ctx }) => webhookOverview(ctx)),

  /** Adds a target; its URL is answered this once, then kept encrypted and shown only as a hint. */
  add: adminProcedure.input(newTargetSchema).mutation(({ ctx, input }) => addTarget(ctx, input)),

  remove: adminProcedure.input(byId).mutation(({ ctx, input }) => removeTarget(ctx, input.id)),

  /** Posts a test message to a target now: the delivery, sent or failed with the reason. */
  test: adminProcedure.input(byId).mutation(({ ctx, input }) => testTarget(ctx, input.id)),
});
