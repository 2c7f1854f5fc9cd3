import { type DbHandle, useApiToken } from '@portfolio/db';
import { testDatabases } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeUser, createApiToken, createUser } from '../src/auth/accounts.ts';
import type { Principal } from '../src/auth/principal.ts';
import { hashSecret } from '../src/auth/secrets.ts';
import { testCaller } from './test-caller.ts';

const system = { principal: { kind: 'system' as const, role: 'admin' as const, label: 'test' }, ip: null };
const PASSWORD = 'correct horse battery';

describe.each(testDatabases())('managing users and tokens on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle?.close();
  });

  const user = async (email: string, role: 'admin' | 'ops') =>
    createUser(handle.db, system, { email, name: email.split('@')[0] ?? '', role, password: PASSWORD });
  const asUser = (u: { id: number; email: string }): { principal: Principal; ip: null } => ({
    principal: { kind: 'user', userId: u.id, email: u.email, name: u.email, role: 'admin', sessionHash: 'x' },
    ip: null,
  });

  it('keeps one active admin when two admins demote each other at the same moment, round after round', async () => {
    const a = await user('ana@example.com', 'admin');
    const b = await user('bo@example.com', 'admin');
    for (let round = 0; round < 10; round++) {
      const [va, vb] = await Promise.all([a, b].map(() => testCaller(handle, '2025-06-15').admin.users()));
      const version = (list: typeof va | undefined, id: number) =>
        list?.find((row) => row.id === id)?.version ?? 0;
      const outcomes = await Promise.allSettled([
        changeUser(handle.db, asUser(a), { id: b.id, version: version(vb, b.id), role: 'ops' }),
        changeUser(handle.db, asUser(b), { id: a.id, version: version(va, a.id), role: 'ops' }),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(String((refused as PromiseRejectedResult).reason)).toContain(
        'There must remain at least one active admin',
      );
      const admins = (await testCaller(handle, '2025-06-15').admin.users()).filter(
        (row) => row.role === 'admin' && row.active,
      );
      expect(admins).toHaveLength(1);
      // Make both admins again for the next round.
      const demoted = (await testCaller(handle, '2025-06-15').admin.users()).find(
        (row) => (row.id === a.id || row.id === b.id) && row.role === 'ops',
      );
      if (demoted)
        await changeUser(handle.db, system, { id: demoted.id, version: demoted.version, role: 'admin' });
    }
  });

  it('stops the tokens of a deactivated user, lists who made each token, and keeps the CLI’s tokens', async () => {
    const maker = await user('tok@example.com', 'admin');
    const made = await createApiToken(handle.db, asUser(maker), { name: 'nightly export', role: 'viewer' });
    const byCli = await createApiToken(handle.db, system, { name: 'cli export', role: 'viewer' });
    expect(await useApiToken(handle.db, hashSecret(made.secret))).toMatchObject({ name: 'nightly export' });

    const current = (await testCaller(handle, '2025-06-15').admin.users()).find((row) => row.id === maker.id);
    await changeUser(handle.db, system, { id: maker.id, version: current?.version ?? 0, active: false });
    expect(await useApiToken(handle.db, hashSecret(made.secret))).toBeUndefined();
    expect(await useApiToken(handle.db, hashSecret(byCli.secret))).toMatchObject({ name: 'cli export' });

    const tokens = await testCaller(handle, '2025-06-15').admin.tokens();
    expect(tokens.find((token) => token.id === made.id)).toMatchObject({
      createdBy: 'tok@example.com',
      creatorActive: false,
    });
    expect(tokens.find((token) => token.id === byCli.id)).toMatchObject({
      createdBy: null,
      creatorActive: true,
    });
  });

  it('refuses names with control or bidirectional characters, and trims them', async () => {
    const admin = testCaller(handle, '2025-06-15');
    await expect(
      admin.admin.createUser({
        email: 'evil@example.com',
        name: 'Ad\u202Emin',
        role: 'viewer',
        password: PASSWORD,
      }),
    ).rejects.toThrow(/bidirectional control \(U\+202E\)/);
    const created = await admin.admin.createUser({
      email: 'kim@example.com',
      name: '  Kim  ',
      role: 'viewer',
      password: PASSWORD,
    });
    expect(created.name).toBe('Kim');
  });
});
