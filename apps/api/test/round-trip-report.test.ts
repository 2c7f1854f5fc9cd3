import { type DbHandle, exportAll, importFiles, seedDemo } from '@portfolio/db';
import { testDatabases } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from './test-caller.ts';

const TODAY = '2026-11-15';
const RANGES = [
  { from: '2024-12', to: '2026-11' },
  { from: '2025-01', to: '2025-12' },
  { from: '2026-06', to: '2026-06' },
  { from: '2026-09', to: '2027-02' },
];

describe.each(testDatabases())('the demo portfolio exported and imported again on $name', ({ open }) => {
  let source: DbHandle;
  let target: DbHandle;
  beforeAll(async () => {
    [source, target] = await Promise.all([open(), open()]);
    await seedDemo(source.db, { today: TODAY });
    const files = await exportAll(source.db);
    await importFiles(
      target.db,
      files.map(({ name, content }) => ({ name, content })),
    );
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it.each(RANGES)('gives an identical report from $from to $to', async (range) => {
    const [before, after] = await Promise.all([
      testCaller(source, TODAY).report.portfolio(range),
      testCaller(target, TODAY).report.portfolio(range),
    ]);
    expect(after).toEqual(before);
    expect(before.engagements.length).toBeGreaterThan(0);
  });

  it('gives identical series and credit ledgers', async () => {
    const range = RANGES[0] ?? { from: '2025-01', to: '2025-12' };
    for (const by of ['vendor', 'serviceLine', 'location'] as const) {
      const input = { ...range, by, perMonth: true };
      expect(await testCaller(target, TODAY).report.series(input)).toEqual(
        await testCaller(source, TODAY).report.series(input),
      );
    }
    const ledger = await testCaller(source, TODAY).report.creditLedger(range);
    expect(ledger.length).toBeGreaterThan(10);
    expect(await testCaller(target, TODAY).report.creditLedger(range)).toEqual(ledger);
  });
});
