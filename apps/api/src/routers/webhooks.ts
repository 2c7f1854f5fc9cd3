import { idInputSchema, webhookTargetSchema } from '@portfolio/domain';
import { addTarget, removeTarget, testTarget, webhookOverview } from '../notifications/webhook-service.ts';
import { adminProcedure, router } from '../trpc.ts';

const byId = idInputSchema;

/** Chat channels' incoming webhooks that receive critical alerts as they appear: admins manage them. */
export const webhooksRouter = router({
  list: adminProcedure.query(({ ctx }) => webhookOverview(ctx)),

  /** Adds a target; its URL is answered this once, then kept encrypted and shown only as a hint. */
  add: adminProcedure.input(webhookTargetSchema).mutation(({ ctx, input }) => addTarget(ctx, input)),

  remove: adminProcedure.input(byId).mutation(({ ctx, input }) => removeTarget(ctx, input.id)),

  /** Posts a test message to a target now: the delivery, sent or failed with the reason. */
  test: adminProcedure.input(byId).mutation(({ ctx, input }) => testTarget(ctx, input.id)),
});
