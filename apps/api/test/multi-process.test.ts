import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createDb, type DbHandle, migrateToLatest } from '@portfolio/db';
import { createScratchPostgres, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/auth/accounts.ts';
import { call, cookieOf } from './http-server.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const system = { principal: { kind: 'system' as const, role: 'admin' as const, label: 'test' }, ip: null };
const PASSWORD = 'correct horse battery';
const RANGE = { from: '2025-01', to: '2025-06' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** A real server process (`tsx src/main.ts`) in its own process group, so that it is stopped with its children. */
async function startProcess(databaseUrl: string) {
  const port = await freePort();
  const child: ChildProcess = spawn(TSX, ['src/main.ts'], {
    cwd: API_DIR,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      PORTFOLIO_TODAY: WORKED_EXAMPLE_TODAY,
      NODE_ENV: 'test',
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`server on port ${port} did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop() {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
}

describe.skipIf(!adminUrl)('two API processes on one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let direct: DbHandle;
  let one: Awaited<ReturnType<typeof startProcess>>;
  let two: Awaited<ReturnType<typeof startProcess>>;
  let cookie: string | null;

  beforeAll(async () => {
    scratch = await createScratchPostgres(adminUrl ?? '');
    direct = await createDb({ databaseUrl: scratch.url, maxConnections: 2 });
    await migrateToLatest(direct.db);
    await writeWorkedExample(direct.db);
    await createUser(direct.db, system, {
      email: 'ana@example.com',
      name: 'Ana',
      role: 'admin',
      password: PASSWORD,
    });
    [one, two] = await Promise.all([startProcess(scratch.url), startProcess(scratch.url)]);
  }, 120_000);
  afterAll(async () => {
    one?.stop();
    two?.stop();
    await direct?.close();
    await scratch?.drop();
  });

  it('accepts a session signed in on one process on the other', async () => {
    const signIn = await call(one.url, 'auth.signIn', {
      mutation: true,
      input: { email: 'ana@example.com', password: PASSWORD },
    });
    expect(signIn.status).toBe(200);
    cookie = cookieOf(signIn.setCookie);
    const me = await call(two.url, 'auth.me', { cookie });
    expect(me.status).toBe(200);
    expect(me.body.result?.data).toMatchObject({ kind: 'user', email: 'ana@example.com' });
  });

  it('shows an import made through one process in the reports of the other', async () => {
    const before = await call(two.url, 'report.portfolio', { input: RANGE, cookie });
    const imported = await call(one.url, 'imports.run', {
      mutation: true,
      cookie,
      input: {
        file: 'charges.csv',
        content: 'engagement,invoice,period,category,amount\nENG-001,X-06,2025-06,base,1000.00',
      },
    });
    expect(imported.body.result?.data).toMatchObject({ status: 'imported' });
    const after = await call(two.url, 'report.portfolio', { input: RANGE, cookie });
    const charges = (answer: typeof before) =>
      Number((answer.body.result?.data as { totals?: { charges: string } } | undefined)?.totals?.charges);
    expect(charges(after) - charges(before)).toBeCloseTo(1000, 2);
  });

  it('imports the same file sent to both at once without duplicating a row', async () => {
    const lines = ['engagement,sla,period,actual'];
    for (let month = 1; month <= 12; month += 1) {
      for (const sla of ['ASA', 'ABN', 'CSAT'])
        lines.push(`ENG-001,${sla},2024-${String(month).padStart(2, '0')},10`);
    }
    const input = { file: 'measurements.csv', content: lines.join('\n') };
    const answers = await Promise.all(
      [one, two].map((server) => call(server.url, 'imports.run', { mutation: true, cookie, input })),
    );
    for (const answer of answers) expect(answer.body.result?.data).toMatchObject({ status: 'imported' });
    const inserted = answers.map(
      (answer) =>
        (answer.body.result?.data as { count?: { inserted: number } } | undefined)?.count?.inserted ?? 0,
    );
    expect(inserted.reduce((a, b) => a + b, 0)).toBe(36);
    const { rows } = await sql<{ measurements: number; counted: number }>`
      select (select count(*) from measurements where period like '2024-%') as measurements,
        (select coalesce(sum(met + missed + breached), 0)::int from engagement_month_facts where period like '2024-%')
          as counted`.execute(direct.db);
    expect(rows[0]).toEqual({ measurements: 36, counted: 36 });
  });
});
