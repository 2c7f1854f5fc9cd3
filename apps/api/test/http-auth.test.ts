import type { DbHandle } from '@portfolio/db';
import { ageSessions, testDatabases } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser, revokeToken } from '../src/auth/accounts.ts';
import { createLogger } from '../src/logger.ts';
import { call, cookieOf, startTestServer } from './http-server.ts';

const system = { principal: { kind: 'system' as const, role: 'admin' as const, label: 'test' }, ip: null };
const PASSWORD = 'correct horse battery';

describe.each(testDatabases())('sign-in, sessions, tokens and defences over HTTP on $name', ({ open }) => {
  let handle: DbHandle;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const signIn = (email: string, password = PASSWORD, cookie: string | null = null) =>
    call(server.url, 'auth.signIn', { mutation: true, input: { email, password }, cookie });

  beforeAll(async () => {
    handle = await open();
    for (const [email, role] of [
      ['ana@example.com', 'admin'],
      ['olu@example.com', 'ops'],
      ['vic@example.com', 'viewer'],
      ['rita@example.com', 'finance'],
    ] as const) {
      await createUser(handle.db, system, {
        email,
        name: email.split('@')[0] ?? '',
        role,
        password: PASSWORD,
      });
    }
    server = await startTestServer(handle);
  });
  afterAll(async () => {
    await server.close();
    await handle.close();
  });

  it('answers 401 to an anonymous call', async () => {
    const answer = await call(server.url, 'report.portfolio', { input: { from: '2025-01', to: '2025-06' } });
    expect(answer.status).toBe(401);
    expect(answer.body.error?.data.code).toBe('UNAUTHORIZED');
  });

  it('signs in with an httpOnly SameSite session cookie and knows the user', async () => {
    const answer = await signIn('Ana@Example.com');
    expect(answer.status).toBe(200);
    expect(answer.setCookie).toMatch(
      /^portfolio_session=ps_[\w-]{43}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/,
    );
    const me = await call(server.url, 'auth.me', { cookie: cookieOf(answer.setCookie) });
    expect(me.body.result?.data).toEqual({
      kind: 'user',
      email: 'ana@example.com',
      name: 'ana',
      role: 'admin',
    });
  });

  it('gives one answer for an unknown user and a wrong password', async () => {
    const unknown = await signIn('nobody@example.com', 'whatever password');
    const wrong = await signIn('vic@example.com', 'wrong password!');
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(unknown.body.error?.message).toBe('Incorrect email or password');
    expect(wrong.body.error?.message).toBe(unknown.body.error?.message);
    expect(unknown.setCookie).toBeNull();
  });

  it('rotates the session id at sign-in: the old session ends', async () => {
    const first = cookieOf((await signIn('olu@example.com')).setCookie);
    const second = await signIn('olu@example.com', PASSWORD, first);
    const secondCookie = cookieOf(second.setCookie);
    expect(secondCookie).not.toBe(first);
    expect((await call(server.url, 'auth.me', { cookie: first })).status).toBe(401);
    expect((await call(server.url, 'auth.me', { cookie: secondCookie })).status).toBe(200);
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const cookie = cookieOf((await signIn('rita@example.com')).setCookie);
    const out = await call(server.url, 'auth.signOut', { mutation: true, cookie });
    expect(out.status).toBe(200);
    expect(out.setCookie).toMatch(/^portfolio_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect((await call(server.url, 'auth.me', { cookie })).status).toBe(401);
  });

  it('ends a session idle for more than an hour, and any session after 12 hours', async () => {
    const idle = cookieOf((await signIn('vic@example.com')).setCookie);
    await ageSessions(handle.db, 61 * 60, 'idle');
    expect((await call(server.url, 'auth.me', { cookie: idle })).status).toBe(401);
    const old = cookieOf((await signIn('vic@example.com')).setCookie);
    expect((await call(server.url, 'auth.me', { cookie: old })).status).toBe(200);
    await ageSessions(handle.db, 1, 'absolute');
    expect((await call(server.url, 'auth.me', { cookie: old })).status).toBe(401);
  });

  it('refuses cross-site mutations and mutations without the request header', async () => {
    const crossSite = await call(server.url, 'auth.signIn', {
      mutation: true,
      input: { email: 'ana@example.com', password: PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const fetchSite = await call(server.url, 'auth.signIn', {
      mutation: true,
      input: { email: 'ana@example.com', password: PASSWORD },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchSite.status).toBe(403);
    const noHeader = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@example.com', password: PASSWORD }),
    });
    expect(noHeader.status).toBe(403);
    const form = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      body: 'email=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-portfolio-request': '1' },
    });
    expect(form.status).toBe(415);
  });

  it('accepts an API token until it is revoked, and audits its use', async () => {
    const token = await createApiToken(handle.db, system, { name: 'bi-export', role: 'viewer' });
    expect(token.secret).toMatch(/^pt_/);
    const report = await call(server.url, 'report.portfolio', {
      input: { from: '2025-01', to: '2025-06' },
      bearer: token.secret,
    });
    expect(report.status).toBe(200);
    const forbidden = await call(server.url, 'admin.users', { bearer: token.secret });
    expect(forbidden.status).toBe(403);
    await revokeToken(handle.db, system, token.id);
    expect((await call(server.url, 'auth.me', { bearer: token.secret })).status).toBe(401);
    expect((await call(server.url, 'auth.me', { bearer: 'pt_made-up' })).status).toBe(401);
  });

  it('keeps session cookies and API tokens out of the request logs', async () => {
    const lines: string[] = [];
    const logged = await startTestServer(
      handle,
      undefined,
      createLogger('info', { write: (line: string) => void lines.push(line) }),
    );
    try {
      const signedIn = await call(logged.url, 'auth.signIn', {
        mutation: true,
        input: { email: 'olu@example.com', password: PASSWORD },
      });
      const cookie = cookieOf(signedIn.setCookie);
      expect((await call(logged.url, 'auth.me', { cookie })).status).toBe(200);
      const token = await createApiToken(handle.db, system, { name: 'log-check', role: 'viewer' });
      expect((await call(logged.url, 'auth.me', { bearer: token.secret })).status).toBe(200);
      const log = lines.join('');
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(log).not.toContain(cookie?.split('=')[1] ?? 'no cookie');
      expect(log).not.toContain(token.secret);
      expect(log).toContain('[redacted]');
    } finally {
      await logged.close();
    }
  });

  it('rate limits failed sign-ins per account, sent at once too, even with the right password afterwards', async () => {
    // Eight guesses at the same moment: five are tried and fail, the other three are refused untried.
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signIn('pat@example.com', `guess number ${i}`)),
    );
    expect(guesses.map((answer) => answer.status).sort()).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const limited = await signIn('pat@example.com');
    expect(limited.status).toBe(429);
    expect(limited.body.error?.message).toMatch(/Too many failed sign-ins/);
  });

  it('rate limits failed sign-ins per address across accounts', async () => {
    // 7 failures so far from this address (2 + 5 above): 13 more, each for a new account, reach the limit of 20.
    const statuses = [];
    for (let i = 0; i < 13; i++)
      statuses.push((await signIn(`stranger${i}@example.com`, 'nope nope nope')).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect((await signIn('ana@example.com')).status).toBe(429);
  });

  it('records sign-ins, failed sign-ins and token use in the audit trail', async () => {
    const audit = await handle.db.selectFrom('audit_events').select(['action']).execute();
    const actions = new Set(audit.map((event) => event.action));
    for (const action of [
      'auth.sign_in',
      'auth.sign_in_failed',
      'auth.sign_out',
      'auth.sign_in_throttled',
      'token.create',
      'token.used',
      'token.revoke',
      'user.create',
    ]) {
      expect(actions, action).toContain(action);
    }
  });

  it('sends security headers with a content security policy', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe.each(testDatabases())('errors reach clients without internals on $name', ({ open }) => {
  it('answers 503 "starting" until the server has started, then 200', async () => {
    const handle = await open();
    let started = false;
    const server = await startTestServer(handle, undefined, undefined, { started: () => started });
    const starting = await fetch(`${server.url}/healthz`);
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({ status: 'starting' });
    started = true;
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await server.close();
    await handle.close();
  });

  it('answers a failing database with 503 health and a bare 500, no stack trace or SQL', async () => {
    const handle = await open();
    await createUser(handle.db, system, {
      email: 'ana@example.com',
      name: 'Ana',
      role: 'admin',
      password: PASSWORD,
    });
    const token = await createApiToken(handle.db, system, { name: 'probe', role: 'viewer' });
    const server = await startTestServer(handle);
    await handle.close();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    const answer = await call(server.url, 'engagements.list', { bearer: token.secret });
    expect(answer.status).toBe(500);
    expect(answer.body.error?.message).toBe('Internal server error');
    const text = JSON.stringify(answer.body);
    expect(text).not.toMatch(/stack|at .*\.ts|select|from "|PGlite|pg_/i);
    await server.close();
  });
});
