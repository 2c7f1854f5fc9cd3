import type { DbHandle } from '@portfolio/db';
import { ALERTS_EXAMPLE_TODAY, testDatabases, writeAlertsExample } from '@portfolio/db/testing';
import { defaultSubscription } from '@portfolio/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/notifications/mailer.ts';
import { lookOnce } from '../src/notifications/notifier.ts';
import { sendWaiting } from '../src/notifications/send-outbox.ts';
import { addUser, movableClock, notificationHarness, sleep } from './notification-fixture.ts';
import { type Inbox, startInbox } from './smtp-inbox.ts';

// Digests of the hand-worked alerts example (packages/db/src/testing/alerts-example.ts, today 2026-11-15) sent
// through a real SMTP server on loopback. The offshore BPO engagements are ENG-101 and ENG-102: of the operations
// kinds they raise at-risk:ENG-101/SVL, at-risk:ENG-102/ACC, chronic:ENG-101/ASA and missing:ENG-101 (CSAT not
// reported in Aug–Oct); ENG-103 (onshore KPO) raises
// chronic:ENG-103/OTD and its deliverables' alerts, which an offshore BPO subscription must not get.
const OFFSHORE_BPO = {
  ...defaultSubscription('ops'),
  cadence: 'daily' as const,
  hour: 8,
  filter: { types: ['BPO' as const], locations: ['offshore' as const] },
};

const evidenceLinksIn = (text: string) => [...text.matchAll(/\/(slas|engagements|spend)\/[^\s"]+/g)].length;

describe.each(testDatabases())('alert digests by email, on $name', ({ open }) => {
  let handle: DbHandle;
  let inbox: Inbox;
  const time = movableClock(`${ALERTS_EXAMPLE_TODAY}T07:00:00Z`);
  let harness: ReturnType<typeof notificationHarness>;

  beforeAll(async () => {
    handle = await open();
    await writeAlertsExample(handle.db);
    inbox = await startInbox();
    harness = notificationHarness(handle, time.clock, {
      mailer: createMailer(`smtp://127.0.0.1:${inbox.port}`, 'Portfolio <portfolio@example.com>'),
    });
  });
  afterAll(async () => {
    await inbox?.stop();
    await handle?.close();
  });

  it('sends a due digest once, with the alerts of the user’s filters, new first, linking to the evidence', async () => {
    const maria = await addUser(handle, 'maria@example.com', 'ops');
    const api = harness.as(maria.principal);
    const saved = await api.notifications.save(OFFSHORE_BPO);
    expect(saved.nextDueAt?.toISOString()).toBe('2026-11-15T08:00:00.000Z');

    time.set('2026-11-15T07:59:00Z');
    await lookOnce(harness.ctx);
    expect(inbox.messages).toHaveLength(0);

    time.set('2026-11-15T08:00:30Z');
    await lookOnce(harness.ctx);
    await lookOnce(harness.ctx);
    expect(inbox.messages).toHaveLength(1);
    const [mail] = inbox.messages;
    expect(mail?.to).toMatchObject({ text: 'maria@example.com' });
    expect(mail?.from?.value).toEqual([{ name: 'Portfolio', address: 'portfolio@example.com' }]);
    expect(mail?.subject).toBe('Portfolio alerts 2026-11-15: 4 new alerts');
    const text = mail?.text ?? '';
    expect(text).toContain('NEW SINCE YOUR LAST DIGEST (4)');
    expect(text).toContain(
      'https://portfolio.example.com/slas/ENG-101/SVL?range=custom&from=2025-12&to=2026-11',
    );
    expect(text).toContain('https://portfolio.example.com/slas/ENG-102/ACC');
    expect(text).toContain('https://portfolio.example.com/slas/ENG-101/ASA');
    expect(text).not.toContain('ENG-103');
    expect(text).toContain('ENG-101 · Customer care: 3 SLA reports missing');
    expect(evidenceLinksIn(text)).toBe(4);
    expect(mail?.html).toContain(
      '<a href="https://portfolio.example.com/slas/ENG-101/SVL?range=custom&amp;from=2025-12',
    );
    expect(mail?.html).toContain('Covers BPO · offshore');

    const mine = await api.notifications.mine();
    expect(mine.nextDueAt?.toISOString()).toBe('2026-11-16T08:00:00.000Z');
    expect(mine.lastRunOutcome).toBe('queued');
    expect(mine.deliveries.map((d) => [d.status, d.reason, d.attempts, d.alerts])).toEqual([
      ['sent', 'digest', 1, 4],
    ]);
    const delivery = await api.notifications.delivery({ id: mine.deliveries[0]?.id ?? 0 });
    expect(delivery.html).toBe(mail?.html);
    expect(delivery.history.map((a) => a.outcome)).toEqual(['sent']);
  });

  it('takes an acknowledged alert out of the next digest’s new part; nothing new sends nothing', async () => {
    const omar = await addUser(handle, 'omar@example.com', 'ops');
    const api = harness.as(omar.principal);
    time.set('2026-11-15T07:00:00Z');
    await api.notifications.save({
      ...defaultSubscription('ops'),
      cadence: 'daily',
      hour: 8,
      kinds: ['sla_at_risk'],
    });
    time.set('2026-11-15T08:00:10Z');
    await lookOnce(harness.ctx);
    const first = inbox.messages.at(-1);
    expect(first?.subject).toBe('Portfolio alerts 2026-11-15: 2 new alerts');

    // Chronic misses join the digest; one of them is acknowledged before the next one.
    await api.notifications.save({
      ...defaultSubscription('ops'),
      cadence: 'daily',
      hour: 9,
      kinds: ['sla_at_risk', 'chronic_miss'],
    });
    await harness.admin.alerts.acknowledge({
      key: 'chronic:ENG-103/OTD',
      comment: 'Vendor replaced the team',
    });
    time.set('2026-11-15T09:00:10Z');
    await lookOnce(harness.ctx);
    const second = inbox.messages.at(-1);
    expect(second?.subject).toBe('Portfolio alerts 2026-11-15: 1 new alert, 2 still open');
    const [fresh, open] = (second?.text ?? '').split('STILL OPEN');
    expect(fresh).toContain('/slas/ENG-101/ASA');
    expect(second?.text).not.toContain('ENG-103/OTD');
    expect(open).toContain('/slas/ENG-101/SVL');

    // An hour later nothing is new: no email, and the page says why.
    const before = inbox.messages.length;
    time.set('2026-11-15T09:30:00Z');
    await api.notifications.save({
      ...defaultSubscription('ops'),
      cadence: 'daily',
      hour: 10,
      kinds: ['sla_at_risk', 'chronic_miss'],
    });
    time.set('2026-11-15T10:00:10Z');
    await lookOnce(harness.ctx);
    expect(inbox.messages.length).toBe(before);
    expect(await api.notifications.mine()).toMatchObject({
      lastRunOutcome: 'nothing_new',
      nextDueAt: new Date('2026-11-16T10:00:00Z'),
    });
  });

  it('stops the next digest when the user unsubscribes', async () => {
    const lena = await addUser(handle, 'lena@example.com', 'finance');
    const api = harness.as(lena.principal);
    time.set('2026-11-15T07:00:00Z');
    await api.notifications.save({ ...defaultSubscription('finance'), cadence: 'daily', hour: 8 });
    const stopped = await api.notifications.save({ ...defaultSubscription('finance'), enabled: false });
    expect(stopped.nextDueAt).toBeNull();
    time.set('2026-11-15T08:30:00Z');
    await lookOnce(harness.ctx);
    expect(inbox.messages.filter((m) => m.to && 'text' in m.to && m.to.text === 'lena@example.com')).toEqual(
      [],
    );
    expect((await api.notifications.mine()).deliveries).toEqual([]);
  });

  it('retries while the mail server is down, waiting twice as long each time, and delivers once when it is back', async () => {
    const ravi = await addUser(handle, 'ravi@example.com', 'finance');
    const api = harness.as(ravi.principal);
    const waitOf = async (id: number, attempt: number) => {
      const delivery = await api.notifications.delivery({ id });
      const at = delivery.history[attempt - 1]?.at ?? new Date(0);
      return new Date(delivery.nextAttemptAt).getTime() - new Date(at).getTime();
    };
    await inbox.stop();
    const first = await api.notifications.sendNow();
    expect(first).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(await waitOf(first.id, 1)).toBe(20);
    await sleep(25);
    await sendWaiting(harness.ctx);
    expect(await waitOf(first.id, 2)).toBe(40);

    await inbox.start();
    await sleep(45);
    // Two senders at once (as two processes would): the message is claimed by one of them.
    const outcomes = await Promise.all([
      sendWaiting(harness.ctx),
      sendWaiting(harness.ctx),
      sendWaiting(harness.ctx),
    ]);
    expect(outcomes.map((o) => o.get(first.id)?.status).filter(Boolean)).toEqual(['sent']);
    await sendWaiting(harness.ctx);
    const delivered = await api.notifications.delivery({ id: first.id });
    expect(delivered.status).toBe('sent');
    expect(delivered.history.map((a) => a.outcome)).toEqual(['failed', 'failed', 'sent']);
    expect(delivered.history[0]?.error).toMatch(/ECONNREFUSED/);
    expect(
      inbox.messages.filter((m) => m.to && 'text' in m.to && m.to.text === 'ravi@example.com'),
    ).toHaveLength(1);
  });

  it('without a mail server, builds the digest and keeps it as "would have sent", readable on the page', async () => {
    const unsent = notificationHarness(handle, time.clock, {});
    const ana = await addUser(handle, 'ana@example.com', 'admin');
    const api = unsent.as(ana.principal);
    // An admin's default covers every kind: every alert the Alerts page shows.
    const { shown } = (await api.alerts.list()).counts;
    const preview = await api.notifications.preview();
    expect(preview).toMatchObject({ fresh: shown, open: 0, wouldSend: true });
    const delivery = await api.notifications.sendNow();
    expect(delivery).toMatchObject({
      status: 'would_have_sent',
      reason: 'on_request',
      alerts: shown,
      lastError: null,
    });
    expect(delivery.html).toContain(`New since your last digest (${shown})`);
    expect(delivery.history.map((h) => h.outcome)).toEqual(['would_have_sent']);
    expect(await api.notifications.preview()).toMatchObject({ fresh: 0, open: shown, wouldSend: false });

    const everyone = await unsent.admin.notifications.everyone();
    const row = everyone.subscriptions.find((s) => s.user.email === 'ana@example.com');
    expect(row?.subscription).toBeNull();
    await lookOnce(unsent.ctx);
    const added = (await unsent.admin.notifications.everyone()).subscriptions.find(
      (s) => s.user.email === 'ana@example.com',
    );
    expect(added?.subscription).toMatchObject({ enabled: true, cadence: 'weekly', weekday: 1, hour: 8 });
    await expect(harness.as(ana.principal).notifications.delivery({ id: delivery.id })).resolves.toBeTruthy();
    const other = await addUser(handle, 'zoe@example.com', 'viewer');
    await expect(harness.as(other.principal).notifications.delivery({ id: delivery.id })).rejects.toThrow(
      /No message/,
    );
  });
});
