import { listDeliveries, listSubscriptions } from '@portfolio/db';
import {
  idInputSchema,
  subscriptionSchema,
  userEmailSchema,
  userSubscriptionSchema,
} from '@portfolio/domain';
import { previewDigest } from '../notifications/digest-service.ts';
import {
  callingUser,
  changeSubscription,
  deliveryOf,
  digestOverview,
  sendDigestNow,
  userByEmail,
  userById,
} from '../notifications/subscription-service.ts';
import { adminProcedure, readProcedure, router } from '../trpc.ts';

const byId = idInputSchema;
const byEmail = userEmailSchema;

export const notificationsRouter = router({
  /** The caller's digest: its settings (stored, or the role's default), when it is due next, recent deliveries. */
  mine: readProcedure.query(({ ctx }) => digestOverview(ctx, callingUser(ctx))),

  /** Changes the caller's digest, or stops it (`enabled: false`); audited. */
  save: readProcedure
    .input(subscriptionSchema)
    .mutation(({ ctx, input }) => changeSubscription(ctx, callingUser(ctx), input)),

  /** The digest the caller would get now, rendered; nothing is queued. */
  preview: readProcedure.query(({ ctx }) => previewDigest(ctx, callingUser(ctx))),

  /** Sends the caller a digest now, whatever is new; it counts as their last digest. */
  sendNow: readProcedure.mutation(({ ctx }) => sendDigestNow(ctx, callingUser(ctx))),

  /** One of the caller's messages with what it said and each attempt. */
  delivery: readProcedure
    .input(byId)
    .query(({ ctx, input }) => deliveryOf(ctx, input.id, callingUser(ctx).id)),

  /** Every user's subscription and the latest messages of everyone. */
  everyone: adminProcedure.query(async ({ ctx }) => ({
    timeZone: ctx.notifications.timeZone,
    mailConfigured: ctx.notifications.mailer !== null,
    subscriptions: await listSubscriptions(ctx.db),
    deliveries: await listDeliveries(ctx.db, { limit: 50 }),
  })),

  /** Changes or stops another user's digest; audited. */
  saveFor: adminProcedure
    .input(userSubscriptionSchema)
    .mutation(async ({ ctx, input }) =>
      changeSubscription(ctx, await userById(ctx, input.userId), input.subscription),
    ),

  /** The digest a user would get now (`pnpm portfolio digest --user EMAIL`). */
  previewFor: adminProcedure
    .input(byEmail)
    .query(async ({ ctx, input }) => previewDigest(ctx, await userByEmail(ctx, input.email))),

  /** Sends a user a digest now (`pnpm portfolio digest --user EMAIL --send`). */
  sendFor: adminProcedure
    .input(byEmail)
    .mutation(async ({ ctx, input }) => sendDigestNow(ctx, await userByEmail(ctx, input.email))),

  /** Any message with what it said and each attempt. */
  anyDelivery: adminProcedure.input(byId).query(({ ctx, input }) => deliveryOf(ctx, input.id)),
});
