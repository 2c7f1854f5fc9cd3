import { createDb, type DbHandle, importCsv, migrateToLatest } from '@portfolio/db';
import { createScratchPostgres, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/auth/accounts.ts';
import { loadConfig } from '../src/config.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import { DATABASE_UNAVAILABLE } from '../src/trpc.ts';
import { call } from './http-server.ts';
import { startTcpProxy, throughProxy } from './tcp-proxy.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const system = { principal: { kind: 'system' as const, role: 'admin' as const, label: 'test' }, ip: null };
const RANGE = { from: '2025-01', to: '2025-06' };

/** Measurements of every SLA of the worked example for 100 years of months: several insert statements. */
function bigMeasurementsFile(): string {
  const slas = [
    ['ENG-001', 'ASA'],
    ['ENG-001', 'ABN'],
    ['ENG-001', 'CSAT'],
    ['ENG-002', 'ACC'],
    ['ENG-003', 'OTD'],
    ['ENG-003', 'QS'],
  ];
  const lines = ['engagement,sla,period,actual,source'];
  for (let year = 1900; year < 2000; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const period = `${year}-${String(month).padStart(2, '0')}`;
      for (const [engagement, sla] of slas)
        lines.push(`${engagement},${sla},${period},${month % 7},fault test`);
    }
  }
  return lines.join('\n');
}

// The outage is simulated by a TCP proxy between the API and PostgreSQL (the shared server keeps running).
describe.skipIf(!adminUrl)('faults on postgres', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let direct: DbHandle;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let server: RunningServer;
  let bearer: string;
  const report = () => call(server.url, 'report.portfolio', { input: RANGE, bearer });
  const tableCounts = async () => {
    const { rows } = await sql<{ measurements: number; facts: number; tokens: number }>`
      select (select count(*) from measurements) as measurements,
        (select coalesce(sum(met + missed + breached), 0)::int from engagement_month_facts) as facts,
        (select count(*) from api_tokens) as tokens`.execute(direct.db);
    return rows[0];
  };

  beforeAll(async () => {
    scratch = await createScratchPostgres(adminUrl ?? '');
    direct = await createDb({ databaseUrl: scratch.url, maxConnections: 2 });
    await migrateToLatest(direct.db);
    await writeWorkedExample(direct.db);
    bearer = (await createApiToken(direct.db, system, { name: 'faults', role: 'admin' })).secret;
    const target = new URL(scratch.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    server = await startServer(
      loadConfig({
        DATABASE_URL: throughProxy(scratch.url, proxy.port),
        PORT: '0',
        LOG_LEVEL: 'silent',
        PORTFOLIO_TODAY: WORKED_EXAMPLE_TODAY,
      }),
    );
  });
  afterAll(async () => {
    await server?.close().catch(() => {});
    await proxy?.close();
    await direct?.close();
    await scratch?.drop();
  });

  it('answers 503 with a clear message while the database is down, and recovers without a restart', async () => {
    const before = await report();
    expect(before.status).toBe(200);

    proxy.cut();
    const during = await report();
    expect(during.status).toBe(503);
    expect(during.body.error?.message).toBe(DATABASE_UNAVAILABLE);
    expect(during.body.error?.data.code).toBe('SERVICE_UNAVAILABLE');
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    const write = await call(server.url, 'admin.createToken', {
      mutation: true,
      input: { name: 'during the outage', role: 'viewer' },
      bearer,
    });
    expect(write.status).toBe(503);

    proxy.restore();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const after = await report();
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    expect((await tableCounts())?.tokens).toBe(1);
  });

  it('leaves nothing behind when the connection drops in the middle of an import', async () => {
    const before = await tableCounts();
    const file = bigMeasurementsFile();
    proxy.cutAfter(Math.round(file.length / 2));
    await expect(importCsv(server.handle.db, 'measurements.csv', file)).rejects.toThrow();
    proxy.restore();
    expect(await tableCounts()).toEqual(before);
    // The same import, uninterrupted, writes every row.
    const count = await importCsv(server.handle.db, 'measurements.csv', file);
    expect(count.inserted).toBe(100 * 12 * 6);
    await direct.db.deleteFrom('measurements').where('source', '=', 'fault test').execute();
    expect(await tableCounts()).toEqual(before);
  });

  it('finishes the requests in flight when it shuts down', async () => {
    // A lock on engagements holds the report in its first query until the lock is released.
    const locker = new pg.Client({ connectionString: scratch.url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table engagements in access exclusive mode');
    const slow = report();
    await new Promise((resolve) => setTimeout(resolve, 300));
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed).toBe(false);
    await locker.query('commit');
    await locker.end();
    const answer = await slow;
    expect(answer.status).toBe(200);
    await closing;
    expect(closed).toBe(true);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
