import type { DbHandle } from '@portfolio/db';
import { WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import type { Role } from '@portfolio/domain';
import { afterAll, beforeAll } from 'vitest';
import { principalOf, testCaller } from './test-caller.ts';

/**
 * The worked example on a fresh test database for the describe block it is called in, and callers of the API as
 * each role: the setup of the data-entry procedures' tests (records-*.test.ts).
 */
export function useRecordsApi(open: () => Promise<DbHandle>) {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
  });
  afterAll(() => handle?.close());
  const opened = () => {
    if (!handle) throw new Error('the test database is opened in beforeAll');
    return handle;
  };
  const as = (role: Role) => testCaller(opened(), WORKED_EXAMPLE_TODAY, { principal: principalOf(role) });
  return {
    get handle() {
      return opened();
    },
    as,
    get ops() {
      return as('ops');
    },
    get finance() {
      return as('finance');
    },
    get admin() {
      return as('admin');
    },
    /** The latest audit event. */
    lastEvent: () =>
      opened()
        .db.selectFrom('audit_events')
        .select(['actor', 'action', 'entity', 'entity_key', 'before', 'after', 'detail'])
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow(),
  };
}
