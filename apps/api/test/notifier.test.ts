import type { DbHandle } from '@portfolio/db';
import { ALERTS_EXAMPLE_TODAY, testDatabases, writeAlertsExample } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/notifications/mailer.ts';
import { startNotifier } from '../src/notifications/notifier.ts';
import { addUser, movableClock, notificationHarness, sleep } from './notification-fixture.ts';
import { type Inbox, startInbox } from './smtp-inbox.ts';

// The server's notifier on its timer, against a mail server that takes 400 ms to accept a message: stopping it (as
// the server's close() does) waits for the sends of the look in progress, and nothing is sent after.
describe.each(testDatabases())('the notifier on $name', ({ open }) => {
  let handle: DbHandle;
  let inbox: Inbox;

  beforeAll(async () => {
    handle = await open();
    await writeAlertsExample(handle.db);
    inbox = await startInbox(400);
  });
  afterAll(async () => {
    await inbox?.stop();
    await handle?.close();
  });

  it('sends due digests on its own, and stopping waits for the send in progress', async () => {
    const time = movableClock(`${ALERTS_EXAMPLE_TODAY}T07:00:00Z`);
    const harness = notificationHarness(handle, time.clock, {
      mailer: createMailer(`smtp://127.0.0.1:${inbox.port}`, 'portfolio@example.com'),
    });
    const kim = await addUser(handle, 'kim@example.com', 'finance');
    const kai = await addUser(handle, 'kai@example.com', 'finance');
    const daily = { cadence: 'daily' as const, weekday: 1, hour: 8, enabled: true, sendWhenEmpty: false };
    const finance = { kinds: ['budget_overrun' as const], severities: ['critical' as const], filter: {} };
    await harness.as(kim.principal).notifications.save({ ...daily, ...finance });
    await harness.as(kai.principal).notifications.save({ ...daily, ...finance });
    time.set(`${ALERTS_EXAMPLE_TODAY}T08:00:01Z`);

    const notifier = startNotifier(harness.ctx, 20);
    const sending = async () =>
      (await handle.db.selectFrom('notification_outbox').select('status').execute()).some(
        (row) => row.status === 'sending',
      );
    for (let i = 0; i < 300 && !(await sending()); i += 1) await sleep(10);
    expect(await sending()).toBe(true);
    await notifier.stop();
    // The look in progress finished its sends and recorded them: nothing is left claimed (for a lease to run out).
    const rows = await handle.db.selectFrom('notification_outbox').select(['recipient', 'status']).execute();
    expect(rows.map((row) => row.status)).toEqual(['sent', 'sent']);
    expect(inbox.messages).toHaveLength(2);
    await sleep(100);
    expect(inbox.messages).toHaveLength(2);
  });
});
