import { type EngagementFilter, selects } from '@portfolio/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { filteredEngagementIds } from './engagement-filter.ts';
import { loadRoster } from './figure-revisions.ts';

// The API selects engagements for the figures in memory, from the roster (domain `selects`); the queries that read
// rows select them in SQL (`filteredEngagementIds`). Both must pick the same engagements for any filter.
describe.each(testDatabases())('the roster and the SQL filter on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await seedDemo(handle.db, { today: '2026-11-15', seed: 3 });
    // An engagement with no business unit.
    await handle.db.updateTable('engagements').set({ business_unit: null }).where('id', '=', 2).execute();
  });
  afterAll(() => handle?.close());

  it('reads every engagement, or those given, with its vendor, dates and baseline', async () => {
    const all = await loadRoster(handle.db, null);
    expect(all.length).toBeGreaterThan(10);
    const some = await loadRoster(handle.db, [2, 3, 999_999]);
    expect(some.map((entry) => entry.id).sort()).toEqual([2, 3]);
    const two = some.find((entry) => entry.id === 2);
    expect(two?.businessUnit).toBeNull();
    expect(two?.startDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(two?.hasBaseline).toBe(two?.type === 'BPO' && two.hasBaseline);
  });

  it('selects what the SQL filter selects, for any filter', async () => {
    const roster = await loadRoster(handle.db, null);
    const values = <K extends keyof (typeof roster)[number]>(key: K) => [
      ...new Set(roster.map((entry) => entry[key]).filter((value) => value !== null)),
    ];
    const pick = (known: unknown[], unknown: string[]) => {
      const choices = [...(known as string[]), ...unknown];
      return fc.option(fc.subarray(choices, { maxLength: Math.min(3, choices.length) }), { nil: undefined });
    };
    const filter = fc.record({
      // Names that differ from a vendor's in case or spacing only select nothing, as in SQL.
      vendors: pick(values('vendor'), [
        'nobody',
        '',
        String(values('vendor')[0]).toLowerCase(),
        `${values('vendor')[0]} `,
      ]),
      types: pick(values('type'), []),
      serviceLines: pick(values('serviceLine'), []),
      locations: pick(values('location'), []),
      businessUnits: pick(values('businessUnit'), ['(none)', 'retail']),
      engagements: pick(values('code').slice(0, 8), ['ENG-999']),
    }) as fc.Arbitrary<EngagementFilter>;
    await fc.assert(
      fc.asyncProperty(filter, async (given) => {
        const bySql = (await filteredEngagementIds(handle.db, given).execute()).map((row) => row.id).sort();
        const inMemory = roster
          .filter((entry) => selects(given, entry))
          .map((entry) => entry.id)
          .sort();
        expect(inMemory).toEqual(bySql);
      }),
      { numRuns: 60 },
    );
  });
});
