import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { DbHandle } from '@portfolio/db';
import { testDatabases } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser } from '../src/auth/accounts.ts';
import { MAX_BATCH_CALLS } from '../src/http/http-app.ts';
import { createLogger } from '../src/logger.ts';
import { MAX_ANSWER_ROWS, MAX_GRID_CELLS, withinAnswerLimit } from '../src/routers/answer-limits.ts';
import { call, cookieOf, startTestServer } from './http-server.ts';

/** A script as the build writes it: the file, and beside it the same compressed by brotli and by gzip. */
const SCRIPT = `export const answer = ${JSON.stringify('x'.repeat(4000))};\n`;

/** A GET with only the headers given (fetch would ask for compression itself and undo it): status, headers, bytes. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

const system = { principal: { kind: 'system' as const, role: 'admin' as const, label: 'test' }, ip: null };
const PASSWORD = 'correct horse battery';

/** The findings of the probe (issue 12) that are about the HTTP surface: each was seen to fail before its fix. */
describe.each(testDatabases())('the HTTP surface holds on $name', ({ open }) => {
  let handle: DbHandle;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let webDist: string;
  let cookie: string | null;
  let token: string;
  /** The hour the file's refusals start in: they are counted on one audit row per subject and hour. */
  const hour = () => new Date().toISOString().slice(0, 13);
  let firstHour: string;

  beforeAll(async () => {
    firstHour = hour();
    handle = await open();
    await createUser(handle.db, system, {
      email: 'vic@example.com',
      name: 'Vic',
      role: 'viewer',
      password: PASSWORD,
    });
    token = (await createApiToken(handle.db, system, { name: 'script', role: 'ops' })).secret;
    webDist = mkdtempSync(path.join(tmpdir(), 'portfolio-web-'));
    writeFileSync(
      path.join(webDist, 'index.html'),
      '<!doctype html><head><title>Portfolio</title></head><body></body>',
    );
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'assets', 'app-1a2b3c.js'), SCRIPT);
    writeFileSync(path.join(webDist, 'assets', 'app-1a2b3c.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(path.join(webDist, 'assets', 'app-1a2b3c.js.gz'), gzipSync(SCRIPT));
    writeFileSync(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    server = await startTestServer(handle, '2025-06-15', createLogger('warn'), {
      webDist,
      trustProxy: ['loopback'],
    });
    const signIn = await call(server.url, 'auth.signIn', {
      mutation: true,
      input: { email: 'vic@example.com', password: PASSWORD },
    });
    cookie = cookieOf(signIn.setCookie);
  });
  afterAll(async () => {
    await server.close();
    await handle.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('refuses a range longer than ten years at once, saying the limit', async () => {
    const answer = await call(server.url, 'report.slaGrid', {
      cookie,
      input: { from: '0001-01', to: '2026-12' },
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('A range may cover at most 120 months');
    const spend = await call(server.url, 'records.charges.list', {
      cookie,
      input: { engagement: 'ENG-001', from: '1990-01', to: '2026-12' },
    });
    expect(spend.status).toBe(400);
  });

  it('cuts an SLA grid to a bounded number of cells and says so', async () => {
    const answer = await call(server.url, 'report.slaGrid', {
      cookie,
      input: { from: '2017-01', to: '2026-12', limit: 2000 },
    });
    expect(answer.status).toBe(200);
    expect(MAX_GRID_CELLS / 120).toBe(500); // at most 500 SLAs over 120 months
  });

  it('refuses an answer of more rows than one answer holds, naming what to narrow', () => {
    expect(() => withinAnswerLimit(new Array(MAX_ANSWER_ROWS + 1), 'This series')).toThrow(
      'This series would hold 100,001 rows, more than the 100,000 one answer holds: narrow the range or the filters',
    );
    expect(withinAnswerLimit([1, 2], 'This series')).toEqual([1, 2]);
  });

  it(`refuses a batch of more than ${MAX_BATCH_CALLS} calls`, async () => {
    const batch = (n: number) => {
      const paths = Array.from({ length: n }, () => 'meta.info').join(',');
      const input = encodeURIComponent(
        JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, null]))),
      );
      return fetch(`${server.url}/trpc/${paths}?batch=1&input=${input}`, {
        headers: { cookie: cookie ?? '' },
      });
    };
    expect((await batch(MAX_BATCH_CALLS)).status).toBe(200);
    expect((await batch(MAX_BATCH_CALLS + 1)).status).toBe(400);
    // Past Node's header limit the URL alone is refused (431), before tRPC's own limit would be.
    expect([400, 431]).toContain((await batch(1400)).status);
  });

  it('answers a malformed Authorization header with 401, and does not skip the cross-site check for it', async () => {
    const me = await fetch(`${server.url}/trpc/auth.me`, {
      headers: { authorization: 'Bearer x y', cookie: cookie ?? '' },
    });
    expect(me.status).toBe(401);
    const crossSite = await fetch(`${server.url}/trpc/auth.signOut`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer x y',
        cookie: cookie ?? '',
        origin: 'https://evil.example',
      },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ error: { message: 'Cross-site request refused' } });
    const withToken = await call(server.url, 'meta.info', { bearer: token });
    expect(withToken.status).toBe(200);
  });

  it('marks every API answer as not to be stored', async () => {
    for (const procedure of ['auth.me', 'meta.info']) {
      const answer = await fetch(`${server.url}/trpc/${procedure}`, { headers: { cookie: cookie ?? '' } });
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers a missing asset with 404, not the app page; a client route with the page', async () => {
    const missing = await fetch(`${server.url}/assets/x.js`);
    expect(missing.status).toBe(404);
    const route = await fetch(`${server.url}/history/ENG-001`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Portfolio</title>');
  });

  it('sends a built script compressed as the browser takes it, kept for a year; other files for an hour', async () => {
    const script = `${server.url}/assets/app-1a2b3c.js`;
    const brotli = await rawGet(script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);
    expect(brotli.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gzip = await rawGet(script, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await rawGet(script);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);

    const icon = await rawGet(`${server.url}/favicon.svg`, { 'accept-encoding': 'br' });
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('puts who is signed in and the server settings in the page, for the signed-in visitor only', async () => {
    const signedIn = await fetch(`${server.url}/overview`, { headers: { cookie: cookie ?? '' } });
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    const meta = /<meta name="portfolio-bootstrap" content="([^"]*)">/.exec(await signedIn.text())?.[1] ?? '';
    const bootstrap = JSON.parse(
      meta.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
    );
    expect(bootstrap).toEqual({
      me: { kind: 'user', email: 'vic@example.com', name: 'Vic', role: 'viewer' },
      info: { currency: 'USD', fiscalYearStart: 1, today: '2025-06-15' },
    });
    const anonymous = await (await fetch(`${server.url}/overview`)).text();
    expect(anonymous).not.toContain('portfolio-bootstrap');
    expect(anonymous).toContain('<title>Portfolio</title>');
  });

  it('sends HSTS only over HTTPS, and refuses framing in both headers', async () => {
    const plain = await fetch(`${server.url}/healthz`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('x-frame-options')).toBe('DENY');
    expect(plain.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    // A TLS proxy on this machine says the request came over HTTPS.
    const secure = await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('records refusals in the audit trail, counted on one row per subject and hour', async () => {
    for (let i = 0; i < 3; i++) {
      const refused = await call(server.url, 'records.vendors.create', {
        mutation: true,
        cookie,
        input: { values: { name: 'Not allowed' } },
      });
      expect(refused.status).toBe(403);
    }
    await fetch(`${server.url}/trpc/auth.signOut`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example', cookie: cookie ?? '' },
      body: '{}',
    });
    const rejected = await call(server.url, 'imports.run', {
      mutation: true,
      bearer: token,
      input: { file: 'vendors.csv', content: 'name,country\n,Nowhere\n' },
    });
    expect(rejected.body.result?.data).toMatchObject({ status: 'rejected' });
    const events = await handle.db
      .selectFrom('audit_events')
      .select(['action', 'actor', 'entity_key', 'ip', 'detail'])
      .where('action', 'in', ['access.refused', 'request.cross_site_refused', 'import.rejected'])
      .orderBy('id')
      .execute();
    if (hour() !== firstHour) {
      // The refusals straddled the end of an hour: each subject's counts are split over at most two rows.
      const counted = new Map<string, number>();
      for (const event of events) {
        const key = `${event.action} ${event.entity_key}`;
        counted.set(key, (counted.get(key) ?? 0) + (event.detail as { count: number }).count);
      }
      expect(Object.fromEntries(counted)).toEqual({
        'request.cross_site_refused https://evil.example': 2,
        'access.refused records.vendors.create': 3,
        'import.rejected vendors.csv': 1,
      });
      expect(events.length).toBeLessThanOrEqual(5);
      return;
    }
    expect(events).toEqual([
      expect.objectContaining({
        action: 'request.cross_site_refused',
        actor: 'anonymous',
        entity_key: 'https://evil.example',
        detail: { count: 2, lastAt: expect.any(String), path: '/auth.signOut' },
      }),
      expect.objectContaining({
        action: 'access.refused',
        actor: 'vic@example.com',
        entity_key: 'records.vendors.create',
        detail: { count: 3, lastAt: expect.any(String) },
      }),
      expect.objectContaining({
        action: 'import.rejected',
        actor: 'token:script',
        entity_key: 'vendors.csv',
        detail: { badRows: 1, errors: 1, count: 1 },
      }),
    ]);
  });
});
