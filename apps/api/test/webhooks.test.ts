import type { DbHandle } from '@portfolio/db';
import { ALERTS_EXAMPLE_TODAY, testDatabases, writeAlertsExample } from '@portfolio/db/testing';
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceCriticalAlerts } from '../src/notifications/announce-critical.ts';
import { sendWaiting } from '../src/notifications/send-outbox.ts';
import { movableClock, notificationHarness, sleep } from './notification-fixture.ts';
import { startWebhookReceiver } from './webhook-receiver.ts';

// Chat targets of the alerts example (packages/db/src/testing/alerts-example.ts, today 2026-11-15), posting to a real
// HTTP receiver on loopback. A deliverable of ENG-103 due on 2026-10-01 and not delivered is a new critical alert
// (45 days overdue); the example's own four critical alerts are open when the target is added.
describe.each(testDatabases())('chat webhooks, on $name', ({ open }) => {
  let handle: DbHandle;
  let harness: ReturnType<typeof notificationHarness>;
  const time = movableClock(`${ALERTS_EXAMPLE_TODAY}T09:00:00Z`);

  beforeAll(async () => {
    handle = await open();
    await writeAlertsExample(handle.db);
    harness = notificationHarness(handle, time.clock, {});
  });
  afterAll(() => handle?.close());

  it('keeps the URL sealed, shows it once, and posts only critical alerts that appear, retrying a 500 with backoff', async () => {
    const receiver = await startWebhookReceiver([500, 500]);
    try {
      const added = await harness.admin.webhooks.add({
        name: 'Ops channel',
        format: 'slack',
        url: receiver.url,
      });
      expect(added.url).toBe(receiver.url);
      expect(added.urlHint).toMatch(/^127\.0\.0\.1:\d+\/…part$/);
      const listed = await harness.admin.webhooks.list();
      expect(JSON.stringify(listed)).not.toContain('secretpart');
      const stored = await sql<{ sealed: string }>`select url_sealed as sealed from webhook_targets`.execute(
        handle.db,
      );
      expect(stored.rows[0]?.sealed).not.toContain('secretpart');
      expect(harness.ctx.notifications.secretBox?.open(stored.rows[0]?.sealed ?? '')).toBe(receiver.url);
      const audit = await harness.admin.admin.audit({ entity: 'webhook_target' });
      expect(audit.map((event) => event.action)).toEqual(['webhook.add']);
      expect(JSON.stringify(audit)).not.toContain('secretpart');

      // The first look records what is open: a new channel gets no backlog.
      expect(await announceCriticalAlerts(harness.ctx)).toBe(0);
      const engagement = await handle.db
        .selectFrom('engagements')
        .where('code', '=', 'ENG-103')
        .select('id')
        .executeTakeFirstOrThrow();
      await handle.db
        .insertInto('deliverables')
        .values({
          engagement_id: engagement.id,
          code: 'D9',
          title: 'Pricing study',
          requested_date: '2026-08-01',
          due_date: '2026-10-01',
          status: 'in_progress',
        })
        .execute();
      expect(await announceCriticalAlerts(harness.ctx)).toBe(1);
      expect(await announceCriticalAlerts(harness.ctx)).toBe(0);

      // 500, then 500 after 20 ms, then delivered after 40 ms more.
      for (let i = 0; i < 40 && receiver.received.length < 3; i += 1) {
        await sendWaiting(harness.ctx);
        await sleep(10);
      }
      expect(receiver.received).toHaveLength(3);
      const [a, b, c] = receiver.received.map((r) => r.at);
      expect((b ?? 0) - (a ?? 0)).toBeGreaterThanOrEqual(20);
      expect((c ?? 0) - (b ?? 0)).toBeGreaterThanOrEqual(40);
      const body = receiver.received[2]?.body as { text: string };
      expect(body.text).toBe(
        '*1 new critical alert in the outsourcing portfolio*\n' +
          '• <https://portfolio.example.com/engagements/ENG-103?range=custom&from=2025-12&to=2026-11|ENG-103 D9 · Pricing study: 45 days overdue>: ' +
          'Insight Partners, Market research: due Oct 1, 2026, in progress.',
      );
      const { deliveries } = await harness.admin.webhooks.list();
      expect(deliveries.map((d) => [d.reason, d.status, d.attempts, d.lastError])).toEqual([
        ['critical', 'sent', 3, null],
      ]);
      const delivery = await harness.admin.notifications.anyDelivery({ id: deliveries[0]?.id ?? 0 });
      expect(delivery.history.map((h) => [h.outcome, h.error])).toEqual([
        ['failed', 'the webhook answered 500 Internal Server Error: try later'],
        ['failed', 'the webhook answered 500 Internal Server Error: try later'],
        ['sent', null],
      ]);
    } finally {
      await receiver.close();
    }
  });

  it('posts a Teams adaptive card as a test message, and refuses a second target of the same name', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const target = await harness.admin.webhooks.add({
        name: 'Finance team',
        format: 'teams',
        url: receiver.url,
      });
      const sent = await harness.admin.webhooks.test({ id: target.id });
      expect(sent).toMatchObject({ status: 'sent', reason: 'test', recipient: 'Finance team' });
      expect(receiver.received[0]?.body).toMatchObject({
        type: 'message',
        attachments: [
          { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard' } },
        ],
      });
      await expect(
        harness.admin.webhooks.add({ name: 'finance TEAM', format: 'slack', url: receiver.url }),
      ).rejects.toThrow(/exists already/);
      await harness.admin.webhooks.remove({ id: target.id });
      expect((await harness.admin.webhooks.list()).targets.map((t) => t.name)).toEqual(['Ops channel']);
    } finally {
      await receiver.close();
    }
  });

  it('refuses a URL that is not http(s), and adding targets without a secret key', async () => {
    await expect(
      harness.admin.webhooks.add({ name: 'X', format: 'slack', url: 'file:///etc/passwd' }),
    ).rejects.toThrow(TRPCError);
    const keyless = notificationHarness(handle, time.clock, { secretBox: null });
    await expect(
      keyless.admin.webhooks.add({ name: 'Y', format: 'slack', url: 'https://hooks.example.com/x' }),
    ).rejects.toThrow(/PORTFOLIO_SECRET_KEY/);
  });
});
