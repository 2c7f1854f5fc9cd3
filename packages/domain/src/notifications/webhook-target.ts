import { z } from 'zod';
import { ALERT_KINDS } from '../alerts/alert.ts';
import { textSchema } from '../schemas.ts';
import { subscriptionFilterSchema } from './subscription.ts';

/** A chat channel's incoming webhook, as an admin adds it: Slack- or Teams-shaped JSON is posted to its URL. */
export const webhookTargetSchema = z.object({
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
