import { createDb, type DbHandle, migrateToLatest } from '@portfolio/db';
import { createScratchPostgres, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/auth/accounts.ts';
import { call, cookieOf } from './http-server.ts';
import { startServerProcess } from './processes.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const system = { principal: { kind: 'system' as const, role: 'admin' as const, label: 'test' }, ip: null };
const PASSWORD = 'correct horse battery';
const RANGE = { from: '2025-01', to: '2025-06' };

function startProcess(databaseUrl: string) {
  return startServerProcess({ DATABASE_URL: databaseUrl, PORTFOLIO_TODAY: WORKED_EXAMPLE_TODAY });
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
    await one?.stop();
    await two?.stop();
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

  it('counts sign-in failures exactly across both processes: per account, then per address', async () => {
    const guess = (email: string, index: number) =>
      call([one, two][index % 2]?.url ?? '', 'auth.signIn', {
        mutation: true,
        input: { email, password: `wrong guess ${index}` },
      }).then((answer) => answer.status);
    // Twelve guesses at one account, sent to both processes at once: five are checked, the rest throttled.
    const byAccount = await Promise.all(Array.from({ length: 12 }, (_, i) => guess('ana@example.com', i)));
    expect(byAccount.filter((status) => status === 401)).toHaveLength(5);
    expect(byAccount.filter((status) => status === 429)).toHaveLength(7);
    // Twenty-five guesses at other accounts from the same address: fifteen more reach the address's twenty.
    const byAddress = await Promise.all(
      Array.from({ length: 25 }, (_, i) => guess(`guess${i}@example.com`, i)),
    );
    expect(byAddress.filter((status) => status === 401)).toHaveLength(15);
    expect(byAddress.filter((status) => status === 429)).toHaveLength(10);
  });
});
