import { randomBytes, scryptSync } from 'node:crypto';
import type { DbHandle } from '@portfolio/db';
import { testDatabases } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/auth/accounts.ts';
import { needsRehash } from '../src/auth/passwords.ts';
import { call, startTestServer } from './http-server.ts';

const system = { principal: { kind: 'system' as const, role: 'admin' as const, label: 'test' }, ip: null };
const PASSWORD = 'correct horse battery';

/** The `name=value` pairs of a response's Set-Cookie headers, by name. */
function cookiesOf(response: Response): Record<string, string> {
  return Object.fromEntries(
    response.headers.getSetCookie().map((header) => {
      const pair = header.split(';')[0] ?? '';
      return [pair.slice(0, pair.indexOf('=')), pair];
    }),
  );
}

/**
 * Sign-in limits throttle guesses, not a user's correct password: a browser the user signed in from before is
 * limited on its own (OWASP's device cookies), others by account and address. Addresses come from a trusted proxy
 * on loopback (X-Forwarded-For), as behind a real one.
 */
// Each guess costs a full scrypt hash (unknown accounts too): about 7 s for the longest test alone, several times
// that while the other suites share the two cores, so the tests get more than the project's 60 s.
describe.each(testDatabases())('sign-in limits on $name', { timeout: 240_000 }, ({ open }) => {
  let handle: DbHandle;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    handle = await open();
    for (const email of ['ana@example.com', 'bo@example.com', 'cy@example.com']) {
      await createUser(handle.db, system, { email, name: email, role: 'viewer', password: PASSWORD });
    }
    server = await startTestServer(handle, '2025-06-15', undefined, { trustProxy: ['loopback'] });
  });
  afterAll(async () => {
    await server.close();
    await handle.close();
  });

  const attempt = (email: string, password: string, from: string, device?: string) =>
    fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-portfolio-request': '1',
        'x-forwarded-for': from,
        ...(device ? { cookie: device } : {}),
      },
      body: JSON.stringify({ email, password }),
    });

  it('lets the owner in from their usual browser while guesses from elsewhere are throttled', async () => {
    const first = await attempt('ana@example.com', PASSWORD, '10.0.0.1');
    expect(first.status).toBe(200);
    const device = cookiesOf(first).portfolio_device;
    expect(device).toMatch(/^portfolio_device=pd_/);
    expect(first.headers.getSetCookie().find((c) => c.startsWith('portfolio_device'))).toMatch(
      /Path=\/trpc; Expires=.+; HttpOnly; SameSite=Lax/,
    );

    const guesses = [];
    for (let i = 0; i < 6; i++)
      guesses.push((await attempt('ana@example.com', `guess ${i}`, '203.0.113.9')).status);
    expect(guesses).toEqual([401, 401, 401, 401, 401, 429]);
    // The right password from a browser the account never signed in from waits, like any guess would.
    const elsewhere = await attempt('ana@example.com', PASSWORD, '198.51.100.7');
    expect(elsewhere.status).toBe(429);
    expect(((await elsewhere.json()) as { error: { message: string } }).error.message).toMatch(
      /^Too many failed sign-ins for this account from browsers it has not signed in from: try again in 1[45] minutes$/,
    );
    // Ana's own browser is not locked out.
    expect((await attempt('ana@example.com', PASSWORD, '10.0.0.1', device)).status).toBe(200);
  });

  it('lets other accounts’ users in from their own browsers on an address that is throttled', async () => {
    const bo = cookiesOf(await attempt('bo@example.com', PASSWORD, '192.0.2.50')).portfolio_device;
    for (let i = 0; i < 20; i++) {
      expect((await attempt(`nobody${i}@example.com`, 'guess', '192.0.2.50')).status).toBe(401);
    }
    expect((await attempt('cy@example.com', PASSWORD, '192.0.2.50')).status).toBe(429);
    expect((await attempt('bo@example.com', PASSWORD, '192.0.2.50', bo)).status).toBe(200);
  });

  it('forgets a trusted browser that keeps failing', async () => {
    const device = cookiesOf(await attempt('cy@example.com', PASSWORD, '10.0.0.3')).portfolio_device;
    for (let i = 0; i < 5; i++)
      expect((await attempt('cy@example.com', 'wrong', '10.0.0.3', device)).status).toBe(401);
    // Now it is any browser: the account's own failures from elsewhere are still few, so a correct one gets in.
    const after = await attempt('cy@example.com', PASSWORD, '10.0.0.3', device);
    expect(after.status).toBe(200);
    expect(cookiesOf(after).portfolio_device).not.toBe(device);
  });

  it('counts throttled attempts on one audit row instead of one row each', async () => {
    const hour = () => new Date().toISOString().slice(0, 13);
    const firstHour = hour();
    for (let i = 0; i < 30; i++) await attempt('ana@example.com', 'guess', '203.0.113.9');
    const rows = await handle.db
      .selectFrom('audit_events')
      .select(['detail'])
      .where('action', '=', 'auth.sign_in_throttled')
      .where('entity_key', '=', 'ana@example.com')
      .where('ip', '=', '203.0.113.9')
      .execute();
    // One row per hour: attempts that straddle the end of an hour (CI once ran them across 04:00) may make two.
    expect(rows.length).toBeLessThanOrEqual(hour() === firstHour ? 1 : 2);
    const counts = rows.map((row) => (row.detail as { count: number }).count);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(31);
    for (const row of rows) expect(row.detail).toMatchObject({ by: 'account' });
  });

  it('re-hashes a password stored with weaker settings at the next sign-in', async () => {
    const salt = randomBytes(16);
    const key = scryptSync(PASSWORD, salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const weak = ['scrypt', 2 ** 14, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    expect(needsRehash(weak)).toBe(true);
    await handle.db
      .updateTable('users')
      .set({ password_hash: weak })
      .where('email', '=', 'bo@example.com')
      .execute();
    const signedIn = await call(server.url, 'auth.signIn', {
      mutation: true,
      input: { email: 'bo@example.com', password: PASSWORD },
      headers: { 'x-forwarded-for': '10.0.0.9' },
    });
    expect(signedIn.status).toBe(200);
    const stored = await handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'bo@example.com')
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(needsRehash(stored.password_hash ?? '')).toBe(false);
  });

  it('believes X-Forwarded-For only from a configured proxy: rotating it does not escape the address limit', async () => {
    const direct = await startTestServer(handle); // PORTFOLIO_TRUST_PROXY unset
    try {
      const statuses = [];
      for (let i = 0; i < 21; i++) {
        const answer = await fetch(`${direct.url}/trpc/auth.signIn`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-portfolio-request': '1',
            'x-forwarded-for': `198.18.0.${i}`,
          },
          body: JSON.stringify({ email: `rotating${i}@example.com`, password: 'guess' }),
        });
        statuses.push(answer.status);
      }
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(statuses[20]).toBe(429);
    } finally {
      await direct.close();
    }
  });
});
