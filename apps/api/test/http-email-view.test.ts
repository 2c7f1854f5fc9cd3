import type { DbHandle } from '@portfolio/db';
import { ALERTS_EXAMPLE_TODAY, testDatabases, writeAlertsExample } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/auth/accounts.ts';
import { call, cookieOf, startTestServer } from './http-server.ts';

const system = { principal: { kind: 'system' as const, role: 'admin' as const, label: 'test' }, ip: null };
const PASSWORD = 'correct horse battery';

// A digest's email opened in the browser: GET /email/:id with the session, under its own content policy.
describe.each(testDatabases())('the email view over HTTP, on $name', ({ open }) => {
  let handle: DbHandle;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const signIn = async (email: string, role: 'ops' | 'viewer') => {
    await createUser(handle.db, system, { email, name: email, role, password: PASSWORD });
    const answer = await call(server.url, 'auth.signIn', {
      mutation: true,
      input: { email, password: PASSWORD },
    });
    return cookieOf(answer.setCookie);
  };

  beforeAll(async () => {
    handle = await open();
    await writeAlertsExample(handle.db);
    server = await startTestServer(handle, ALERTS_EXAMPLE_TODAY);
  });
  afterAll(async () => {
    await server?.close();
    await handle?.close();
  });

  it('serves the caller’s own email with a policy that allows its inline styles and no script; others get 404', async () => {
    const owner = await signIn('olga@example.com', 'ops');
    const sent = await call(server.url, 'notifications.sendNow', { mutation: true, cookie: owner });
    const { id } = (sent.body.result?.data ?? { id: 0 }) as { id: number };

    const page = await fetch(`${server.url}/email/${id}`, { headers: { cookie: owner ?? '' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("style-src 'unsafe-inline'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    // Shown in a sandboxed frame, which no agent cluster can be keyed to: asking would be a console warning.
    expect(page.headers.get('origin-agent-cluster')).toBeNull();
    const html = await page.text();
    expect(html).toContain('<base target="_blank">');
    expect(html).toContain('Alert digest, 2026-11-15');

    const preview = await fetch(`${server.url}/email/preview`, { headers: { cookie: owner ?? '' } });
    expect(await preview.text()).toContain('Preview of your digest');

    expect((await fetch(`${server.url}/email/${id}`)).status).toBe(401);
    const other = await signIn('vic@example.com', 'viewer');
    const refused = await fetch(`${server.url}/email/${id}`, { headers: { cookie: other ?? '' } });
    expect([refused.status, await refused.text()]).toEqual([404, `No message #${id}`]);
    expect((await fetch(`${server.url}/email/abc`, { headers: { cookie: owner ?? '' } })).status).toBe(404);
  });
});
