import type { DbHandle } from '@portfolio/db';
import { testDatabases } from '@portfolio/db/testing';
import { MAX_SAVED_VIEWS, type Role } from '@portfolio/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from './test-caller.ts';
import { refusal } from './write-helpers.ts';

describe.each(testDatabases())('saved views on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());

  /** A signed-in user of a role, calling the API. */
  async function signedIn(email: string, role: Role) {
    const user = await handle.db
      .insertInto('users')
      .values({ email, name: email, role, password_hash: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return testCaller(handle, '2026-11-15', {
      principal: { kind: 'user', userId: user.id, email, name: email, role, sessionHash: 'x' },
    });
  }

  it('keeps each user their own views, by name, and deletes only their own', async () => {
    const vic = await signedIn('vic@example.com', 'viewer');
    const fay = await signedIn('fay@example.com', 'finance');
    const offshore = await vic.savedViews.save({
      name: ' Offshore BPO, this FY ',
      path: '/bpo-savings',
      search: '?range=fy&location=offshore',
    });
    expect(offshore).toMatchObject({
      name: 'Offshore BPO, this FY',
      path: '/bpo-savings',
      search: '?range=fy&location=offshore',
    });
    await vic.savedViews.save({ name: 'Alerts', path: '/alerts' });
    await fay.savedViews.save({ name: 'Spend', path: '/spend', search: '?range=ytd' });

    expect((await vic.savedViews.list()).map((v) => [v.name, v.path, v.search])).toEqual([
      ['Alerts', '/alerts', ''],
      ['Offshore BPO, this FY', '/bpo-savings', '?range=fy&location=offshore'],
    ]);
    expect((await fay.savedViews.list()).map((v) => v.name)).toEqual(['Spend']);

    // Another user's view is not theirs to delete: as if it did not exist.
    expect(await refusal(fay.savedViews.delete({ id: offshore.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await vic.savedViews.delete({ id: offshore.id })).toEqual({ id: offshore.id });
    expect((await vic.savedViews.list()).map((v) => v.name)).toEqual(['Alerts']);
    // The same name is free again once deleted, and another user may use any name.
    await vic.savedViews.save({ name: 'Offshore BPO, this FY', path: '/overview' });
    await fay.savedViews.save({ name: 'Alerts', path: '/alerts' });
  });

  it('refuses a name the user already has, and names the name rules break', async () => {
    const ola = await signedIn('ola@example.com', 'ops');
    await ola.savedViews.save({ name: 'Breaches', path: '/slas', search: '?status=breached' });
    expect(await refusal(ola.savedViews.save({ name: 'Breaches', path: '/overview' }))).toEqual({
      code: 'BAD_REQUEST',
      issues: ['name: You already have a view named "Breaches"'],
    });
    expect(await refusal(ola.savedViews.save({ name: '  ', path: '/overview' }))).toEqual({
      code: 'BAD_REQUEST',
      issues: ['name: is required but empty'],
    });
    expect(await refusal(ola.savedViews.save({ name: 'Two\nlines', path: '/overview' }))).toEqual({
      code: 'BAD_REQUEST',
      issues: ['name: contains a tab or line break: a name is one line'],
    });
    expect(await refusal(ola.savedViews.save({ name: 'Away', path: '//evil.example.com/overview' }))).toEqual(
      {
        code: 'BAD_REQUEST',
        issues: ['path: must be a page of the dashboard, starting with a single /'],
      },
    );
  });

  it(`keeps at most ${MAX_SAVED_VIEWS} views a user`, async () => {
    const ana = await signedIn('ana@example.com', 'admin');
    const user = await handle.db
      .selectFrom('users')
      .where('email', '=', 'ana@example.com')
      .select('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('saved_views')
      .values(
        Array.from({ length: MAX_SAVED_VIEWS }, (_, i) => ({
          user_id: user.id,
          name: `View ${i}`,
          path: '/overview',
        })),
      )
      .execute();
    expect(await refusal(ana.savedViews.save({ name: 'One more', path: '/overview' }))).toMatchObject({
      code: 'BAD_REQUEST',
      issues: [expect.stringContaining(`You have ${MAX_SAVED_VIEWS} views`)],
    });
  });

  it('refuses anonymous callers, and callers who are not a signed-in user', async () => {
    const anonymous = testCaller(handle, '2026-11-15', { principal: null });
    expect(await refusal(anonymous.savedViews.list())).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await refusal(anonymous.savedViews.save({ name: 'X', path: '/overview' }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const token = testCaller(handle, '2026-11-15', {
      principal: { kind: 'token', tokenId: 1, name: 'script', role: 'viewer' },
    });
    expect(await refusal(token.savedViews.list())).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
