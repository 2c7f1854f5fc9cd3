import { z } from 'zod';
import { ALERT_KINDS, ALERT_SEVERITIES, type AlertKind } from '../alerts/alert.ts';
import { type Role, SERVICE_LINE_LABELS } from '../enums.ts';
import { engagementFilterSchema } from '../report-input.ts';

/** How often a digest goes out: every day, or one day of the week, at an hour of the organisation's time zone. */
export const DIGEST_CADENCES = ['daily', 'weekly'] as const;
export type DigestCadence = (typeof DIGEST_CADENCES)[number];

/** ISO weekdays, Monday 1 to Sunday 7. */
export const WEEKDAY_LABELS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** When a digest is due: `weekday` counts only for a weekly one. */
export const digestScheduleSchema = z.object({
  cadence: z.enum(DIGEST_CADENCES),
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
});
export type DigestSchedule = z.infer<typeof digestScheduleSchema>;

/** The shared filters a subscription narrows its alerts by: every page's filters except the single engagements. */
export const subscriptionFilterSchema = engagementFilterSchema.omit({ engagements: true });
export type SubscriptionFilter = z.infer<typeof subscriptionFilterSchema>;

/**
 * A user's digest: when, which alert kinds and severities, for which engagements (the shared filters), and whether
 * to send one when nothing is new (`sendWhenEmpty`, "always"). `enabled: false` is unsubscribed.
 */
export const subscriptionSchema = digestScheduleSchema.extend({
  enabled: z.boolean(),
  kinds: z.array(z.enum(ALERT_KINDS)).min(1, 'Choose at least one kind of alert'),
  severities: z.array(z.enum(ALERT_SEVERITIES)).min(1, 'Choose at least one severity'),
  filter: subscriptionFilterSchema,
  sendWhenEmpty: z.boolean(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

/** What each role watches unless it chooses otherwise: operations the SLAs and deliverables, finance the money. */
export const DEFAULT_KINDS: Record<Role, readonly AlertKind[]> = {
  ops: ['sla_at_risk', 'chronic_miss', 'missing_report', 'deliverable_due'],
  finance: ['budget_overrun', 'renewal'],
  admin: ALERT_KINDS,
  viewer: ALERT_KINDS,
};

/**
 * The digest an active user gets until they change or stop it: weekly on Monday at 08:00, every severity of the
 * role's kinds, for every engagement, only when something is new.
 */
export function defaultSubscription(role: Role): Subscription {
  return {
    enabled: true,
    cadence: 'weekly',
    weekday: 1,
    hour: 8,
    kinds: [...DEFAULT_KINDS[role]],
    severities: [...ALERT_SEVERITIES],
    filter: {},
    sendWhenEmpty: false,
  };
}

/** "BPO · offshore · vendor Acme Services", or "all engagements". */
export function describeFilter(filter: SubscriptionFilter): string {
  const parts = [
    ...(filter.types ?? []),
    ...(filter.locations ?? []),
    ...(filter.serviceLines ?? []).map((line) => SERVICE_LINE_LABELS[line]),
    ...(filter.vendors?.length ? [`vendor ${filter.vendors.join(', ')}`] : []),
    ...(filter.businessUnits?.length ? [`business unit ${filter.businessUnits.join(', ')}`] : []),
  ];
  return parts.length === 0 ? 'all engagements' : parts.join(' · ');
}

/** An admin changing another user's digest. */
export const userSubscriptionSchema = z.object({
  userId: z.number().int().positive(),
  subscription: subscriptionSchema,
});
