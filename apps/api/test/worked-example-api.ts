import type { DbHandle } from '@portfolio/db';
import { WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { testCaller } from './test-caller.ts';

/**
 * The worked example (packages/db/src/testing/worked-example.ts) on a fresh test database for the describe block
 * it is called in, and one admin's caller of the API on the example's today: the setup of the tests that read its
 * figures. One caller for the block, so that its answers are cached as in the server.
 */
export function useWorkedExampleApi(open: () => Promise<DbHandle>) {
  let opened: { handle: DbHandle; api: ReturnType<typeof testCaller> } | undefined;
  beforeAll(async () => {
    const handle = await open();
    await writeWorkedExample(handle.db);
    opened = { handle, api: testCaller(handle, WORKED_EXAMPLE_TODAY) };
  });
  afterAll(() => opened?.handle.close());
  const get = () => {
    if (!opened) throw new Error('the test database is opened in beforeAll');
    return opened;
  };
  return {
    get handle() {
      return get().handle;
    },
    get api() {
      return get().api;
    },
  };
}
