import type { DbHandle } from '@portfolio/db';
import { testDatabases, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerCache } from '../src/answer-cache.ts';
import { testCaller } from './test-caller.ts';

const RANGE = { from: '2025-01', to: '2025-06' };

describe.each(testDatabases())('answers kept per data version on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
  });
  afterAll(() => handle.close());

  /** A cache and a computation that counts its runs. */
  function counted() {
    const cache = createAnswerCache(handle.db);
    let runs = 0;
    const compute = async () => {
      runs += 1;
      return { run: runs };
    };
    return { cache, compute, runs: () => runs };
  }

  it('computes an answer once until the data changes, then once again', async () => {
    const { cache, compute, runs } = counted();
    const first = await cache.answer('k', compute);
    expect(await cache.answer('k', compute)).toBe(first);
    expect(runs()).toBe(1);
    await sql`update vendors set notes = 'new terms' where name = 'Acme Services'`.execute(handle.db);
    expect(await cache.answer('k', compute)).toEqual({ run: 2 });
    expect(await cache.answer('other', compute)).toEqual({ run: 3 });
    expect(runs()).toBe(3);
  });

  it('shares one computation among concurrent requests, and keeps no failure', async () => {
    const { cache, compute, runs } = counted();
    const answers = await Promise.all(Array.from({ length: 8 }, () => cache.answer('k', compute)));
    expect(new Set(answers).size).toBe(1);
    expect(runs()).toBe(1);
    await expect(cache.answer('failing', () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    expect(await cache.answer('failing', compute)).toEqual({ run: 2 });
  });

  it('serves a report from memory, and the new figures after a write from any connection', async () => {
    const answers = createAnswerCache(handle.db);
    const api = testCaller(handle, WORKED_EXAMPLE_TODAY, { answers });
    const before = await api.report.portfolio(RANGE);
    expect(await api.report.portfolio(RANGE)).toBe(before);
    // Straight SQL, as another process or psql would write: only the data version tells the cache.
    await sql`update charges set amount = amount + 1000 where id = (select min(id) from charges where period = '2025-03')`.execute(
      handle.db,
    );
    const after = await api.report.portfolio(RANGE);
    expect(Number(after.totals.charges) - Number(before.totals.charges)).toBeCloseTo(1000, 2);
    // Another today is another answer, not the kept one.
    const later = await testCaller(handle, '2025-07-20', { answers }).report.portfolio(RANGE);
    expect(later).not.toBe(after);
    expect(await api.report.portfolio(RANGE)).toBe(after);
  });
});
