import {
  acknowledgeInputSchema,
  alertsInputSchema,
  countAlerts,
  engagementFilterSchema,
} from '@portfolio/domain';
import { acknowledgeAlert, listAlerts, listRenewals } from '../alerts/alert-service.ts';
import { allows } from '../auth/permissions.ts';
import { cachedFigures } from '../cached-figures.ts';
import { financeProcedure, operationsProcedure, readProcedure, router } from '../trpc.ts';

export const alertsRouter = router({
  /**
   * The early warnings on today (context clock) for the engagements a filter selects, most severe first; the
   * acknowledged ones only with `includeAcknowledged`. `canAcknowledge` says which areas the caller may acknowledge.
   */
  list: readProcedure.input(alertsInputSchema.optional()).query(async ({ ctx, input }) => {
    const { includeAcknowledged = false, ...filter } = input ?? {};
    const alerts = await listAlerts(ctx, filter);
    return {
      today: ctx.clock.today(),
      counts: countAlerts(alerts),
      canAcknowledge: {
        operations: allows('operations', ctx.principal.role),
        finance: allows('finance', ctx.principal.role),
      },
      alerts: includeAcknowledged ? alerts : alerts.filter((alert) => alert.state !== 'acknowledged'),
    };
  }),

  /** How many alerts show (open or worsened), by severity: the navigation's badge. */
  count: readProcedure
    .input(engagementFilterSchema.optional())
    .query(async ({ ctx, input }) => countAlerts(await listAlerts(ctx, input ?? {}))),

  /** Acknowledges an SLA, renewal or deliverable alert with a comment (operations), audited as alert.acknowledge. */
  acknowledge: operationsProcedure
    .input(acknowledgeInputSchema)
    .mutation(({ ctx, input }) => acknowledgeAlert(ctx, input, 'operations')),

  /** Acknowledges a budget alert with a comment (finance), audited as alert.acknowledge. */
  acknowledgeBudget: financeProcedure
    .input(acknowledgeInputSchema)
    .mutation(({ ctx, input }) => acknowledgeAlert(ctx, input, 'finance')),

  /** Engagements ending within 30, 60 and 90 days, with the last 12 months' evidence for the renewal decision. */
  renewals: readProcedure
    .input(engagementFilterSchema.optional())
    .query(cachedFigures(({ ctx, input }) => listRenewals(ctx, input ?? {}))),
});
