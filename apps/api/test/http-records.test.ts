import type { DbHandle } from '@portfolio/db';
import { testDatabases, writeWorkedExample } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/auth/accounts.ts';
import { call, cookieOf, startTestServer } from './http-server.ts';

const system = { principal: { kind: 'system' as const, role: 'admin' as const, label: 'test' }, ip: null };
const PASSWORD = 'correct horse battery';

// What the dashboard receives over HTTP: field issues by path, a conflict with the current values, and the
// body limits (an import may upload a large file; nothing else may).
describe.each(testDatabases())('data entry over HTTP on $name', ({ open }) => {
  let handle: DbHandle;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let cookie: string | null;

  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
    await createUser(handle.db, system, {
      email: 'olu@example.com',
      name: 'Olu',
      role: 'ops',
      password: PASSWORD,
    });
    server = await startTestServer(handle);
    const signIn = await call(server.url, 'auth.signIn', {
      mutation: true,
      input: { email: 'olu@example.com', password: PASSWORD },
    });
    cookie = cookieOf(signIn.setCookie);
  });
  afterAll(async () => {
    await server.close();
    await handle.close();
  });

  it('answers bad input 400 with the issues by field', async () => {
    const answer = await call(server.url, 'records.vendors.create', {
      mutation: true,
      cookie,
      input: { values: { name: '' } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.data).toMatchObject({
      code: 'BAD_REQUEST',
      issues: [{ path: 'values.name', message: 'is required but empty' }],
      conflict: null,
    });
    const taken = await call(server.url, 'records.vendors.create', {
      mutation: true,
      cookie,
      input: { values: { name: 'Acme Services' } },
    });
    expect(taken.body.error?.data).toMatchObject({
      issues: [{ path: 'values.name', message: 'a vendor named "Acme Services" exists already' }],
    });
  });

  it('answers a stale version 409 with the current values and who changed them', async () => {
    const list = await call(server.url, 'records.vendors.list', { cookie });
    const vendors = list.body.result?.data as {
      id: number;
      version: number;
      values: Record<string, string>;
    }[];
    const acme = vendors.find((vendor) => vendor.values.name === 'Acme Services');
    if (!acme) throw new Error('no Acme');
    const update = (country: string) =>
      call(server.url, 'records.vendors.update', {
        mutation: true,
        cookie,
        input: { id: acme.id, version: acme.version, values: { ...acme.values, country } },
      });
    expect((await update('IN')).status).toBe(200);
    const stale = await update('India');
    expect(stale.status).toBe(409);
    expect(stale.body.error?.message).toMatch(/^Vendor Acme Services was changed by olu@example\.com on /);
    expect(stale.body.error?.data).toMatchObject({
      code: 'CONFLICT',
      conflict: {
        current: { id: acme.id, version: acme.version + 1, values: { name: 'Acme Services', country: 'IN' } },
        changedBy: 'olu@example.com',
        keys: null,
      },
    });
  });

  it('takes a large file for an import in one request, and refuses a large body anywhere else', async () => {
    const rows = Array.from(
      { length: 70_000 },
      (_, i) => `Vendor ${String(i).padStart(6, '0')},Somewhere far away`,
    );
    const content = ['name,country', ...rows].join('\n');
    expect(content.length).toBeGreaterThan(2_000_000);
    const preview = await call(server.url, 'imports.preview', {
      mutation: true,
      cookie,
      input: { file: 'vendors.csv', content },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.result?.data).toMatchObject({
      rows: 70_000,
      errorCount: 0,
      counts: { inserted: 70_000 },
    });
    const tooLarge = await call(server.url, 'auth.signIn', {
      mutation: true,
      input: { email: 'olu@example.com', password: content },
    });
    expect(tooLarge.status).toBe(413);

    // Only a caller who may import gets a large body read: not anonymous, not a viewer, not an import batched
    // with another procedure to lift its limit.
    const upload = { file: 'vendors.csv', content };
    const anonymous = await call(server.url, 'imports.preview', { mutation: true, input: upload });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toMatchObject({ message: 'Sign in first', data: { code: 'UNAUTHORIZED' } });
    await createUser(handle.db, system, {
      email: 'vi@example.com',
      name: 'Vi',
      role: 'viewer',
      password: PASSWORD,
    });
    const viewer = cookieOf(
      (
        await call(server.url, 'auth.signIn', {
          mutation: true,
          input: { email: 'vi@example.com', password: PASSWORD },
        })
      ).setCookie,
    );
    const readOnly = await call(server.url, 'imports.preview', {
      mutation: true,
      cookie: viewer,
      input: upload,
    });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error?.data.code).toBe('FORBIDDEN');
    const batched = await fetch(`${server.url}/trpc/imports.preview,auth.signIn?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portfolio-request': '1', cookie: cookie ?? '' },
      body: JSON.stringify({ 0: upload, 1: { email: 'olu@example.com', password: content } }),
    });
    expect(batched.status).toBe(413);
  });
});
