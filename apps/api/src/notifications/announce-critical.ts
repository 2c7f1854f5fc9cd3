import { enqueueMessage, listWebhookTargets, lockWebhookTargets, recordObserved } from '@portfolio/db';
import { alertShows } from '@portfolio/domain';
import { type ListedAlert, listAlerts } from '../alerts/alert-service.ts';
import type { ServerContext } from '../context.ts';
import { renderCriticalMessage } from './render-chat.ts';

/**
 * Posts critical alerts to each webhook target as they appear: those showing now (of the target's kinds and
 * filters) that the target did not see at its last look, or that grew worse since. A target's first look only
 * records what is open, so a new channel is not flooded with the backlog. The alerts are computed first; then the
 * targets are taken in one transaction (SKIP LOCKED), their messages queued and what they saw recorded together.
 */
export async function announceCriticalAlerts(ctx: ServerContext): Promise<number> {
  const targets = await listWebhookTargets(ctx.db);
  if (targets.length === 0) return 0;
  const critical = new Map<number, ListedAlert[]>();
  for (const target of targets) {
    const alerts = await listAlerts(ctx, target.filter);
    critical.set(
      target.id,
      alerts.filter((a) => alertShows(a) && a.severity === 'critical' && target.kinds.includes(a.kind)),
    );
  }
  return ctx.db.transaction().execute(async (trx) => {
    let queued = 0;
    for (const target of await lockWebhookTargets(trx)) {
      const current = critical.get(target.id);
      if (!current) continue; // added since the alerts were computed: its first look comes next time
      const seen = target.observed;
      const isNew = (alert: ListedAlert) => {
        const before = seen?.[alert.key];
        return before === undefined || alert.magnitude > before;
      };
      const appeared = seen === null ? [] : current.filter(isNew);
      if (appeared.length > 0) {
        const message = renderCriticalMessage(appeared, target.format, ctx.notifications.publicUrl);
        await enqueueMessage(trx, {
          channel: 'webhook',
          reason: 'critical',
          targetId: target.id,
          recipient: target.name,
          subject: message.subject,
          text: message.text,
          payload: message.payload,
          items: appeared.map((a) => ({ key: a.key, magnitude: a.magnitude })),
        });
        queued += 1;
      }
      await recordObserved(trx, target.id, Object.fromEntries(current.map((a) => [a.key, a.magnitude])));
    }
    return queued;
  });
}
