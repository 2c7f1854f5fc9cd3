import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, type DbHandle, insertUser, migrateToLatest } from '@portfolio/db';
import {
  ALERTS_EXAMPLE_TODAY,
  createScratchPostgres,
  testDatabases,
  writeAlertsExample,
} from '@portfolio/db/testing';
import { defaultSubscription } from '@portfolio/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portfolio, startServerProcess } from './processes.ts';
import { type Inbox, startInbox } from './smtp-inbox.ts';

const USERS = ['ana', 'ben', 'chen', 'dana', 'eli', 'fay'].map((name) => `${name}@example.com`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Users of the alerts example, each with a daily digest due since midnight of its today. */
async function dueUsers(handle: DbHandle) {
  for (const email of USERS) {
    const user = await insertUser(handle.db, { email, name: email, role: 'ops', passwordHash: 'x' });
    const subscription = { ...defaultSubscription('ops'), cadence: 'daily' as const, hour: 0 };
    await handle.db
      .insertInto('notification_subscriptions')
      .values({
        user_id: user.id,
        enabled: true,
        cadence: 'daily',
        weekday: 1,
        hour: 0,
        kinds: JSON.stringify(subscription.kinds),
        severities: JSON.stringify(subscription.severities),
        filter: '{}',
        send_when_empty: false,
        next_due_at: new Date(`${ALERTS_EXAMPLE_TODAY}T00:00:00Z`),
      })
      .execute();
  }
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('two API processes on one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let inbox: Inbox;
  let servers: Awaited<ReturnType<typeof startServerProcess>>[] = [];

  beforeAll(async () => {
    scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL ?? '');
    const handle = await createDb({ databaseUrl: scratch.url, maxConnections: 2 });
    await migrateToLatest(handle.db);
    await writeAlertsExample(handle.db);
    await dueUsers(handle);
    await handle.close();
    inbox = await startInbox();
    const env = {
      DATABASE_URL: scratch.url,
      PORTFOLIO_TODAY: ALERTS_EXAMPLE_TODAY,
      SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
      PORTFOLIO_MAIL_FROM: 'portfolio@example.com',
      PORTFOLIO_NOTIFY_TICK_MS: '50',
    };
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await inbox?.stop();
    await scratch?.drop();
  });

  it('sends each due digest exactly once', async () => {
    for (let i = 0; i < 200 && inbox.messages.length < USERS.length; i += 1) await sleep(100);
    // Both keep looking: nothing more may arrive.
    await sleep(1000);
    const recipients = inbox.messages.map((m) => (m.to && 'text' in m.to ? m.to.text : '')).sort();
    expect(recipients).toEqual(USERS);
    const check = await createDb({ databaseUrl: scratch.url, maxConnections: 1 });
    try {
      const rows = await check.db.selectFrom('notification_outbox').select(['status', 'attempts']).execute();
      expect(rows).toEqual(USERS.map(() => ({ status: 'sent', attempts: 1 })));
    } finally {
      await check.close();
    }
  });
});

describe.each(testDatabases())('pnpm portfolio digest on $name', ({ name }) => {
  let folder: string;
  let env: Record<string, string>;
  let inbox: Inbox;
  let drop = async () => {};

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'portfolio-digest-'));
    inbox = await startInbox();
    let handle: DbHandle;
    if (name === 'postgres') {
      const scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL ?? '');
      drop = scratch.drop;
      env = { DATABASE_URL: scratch.url };
      handle = await createDb({ databaseUrl: scratch.url, maxConnections: 1 });
    } else {
      env = { PORTFOLIO_DATA_DIR: path.join(folder, 'data') };
      handle = await createDb({ dataDir: env.PORTFOLIO_DATA_DIR });
    }
    await migrateToLatest(handle.db);
    await writeAlertsExample(handle.db);
    await insertUser(handle.db, {
      email: 'fin@example.com',
      name: 'Fin',
      role: 'finance',
      passwordHash: 'x',
    });
    await handle.close();
    Object.assign(env, {
      PORTFOLIO_TODAY: ALERTS_EXAMPLE_TODAY,
      PORTFOLIO_PUBLIC_URL: 'https://p.example.com',
    });
  });
  afterAll(async () => {
    await inbox?.stop();
    await drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints what would go now, and sends it with --send', async () => {
    // Finance's default: budget overruns and renewals, of every severity (alerts-example.ts).
    const shown = await portfolio(['digest', '--user', 'fin@example.com'], env);
    expect(shown.stderr).toBe('');
    expect(shown.stdout).toContain('Subject: Portfolio alerts 2026-11-15: 5 new alerts');
    expect(shown.stdout).toContain('https://p.example.com/spend?');
    const sent = await portfolio(['digest', '--user', 'fin@example.com', '--send'], {
      ...env,
      SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
      PORTFOLIO_MAIL_FROM: 'portfolio@example.com',
    });
    expect(sent.stdout).toMatch(/^Digest #1 to fin@example\.com: sent\.$/m);
    expect(inbox.messages.map((m) => m.subject)).toEqual(['Portfolio alerts 2026-11-15: 5 new alerts']);
    const again = await portfolio(['digest', '--user', 'fin@example.com'], env);
    expect(again.stdout).toContain('(0 new, 5 still open; nothing new: a scheduled digest would not go out');
    const unknown = await portfolio(['digest', '--user', 'nobody@example.com'], env);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, 'Error: No user nobody@example.com']);
  });
});
