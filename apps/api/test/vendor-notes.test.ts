import type { DbHandle } from '@portfolio/db';
import { testDatabases, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from './test-caller.ts';

const RANGE = { from: '2025-01', to: '2025-06' };

// The worked example with the vendor's reason for ENG-001's breached abandonment rate in February 2025 (9 %,
// minimum 8 %), which owes a credit of 5,310.13: the note reaches the grid, the trend, the breaches and the ledger.
describe.each(testDatabases())("the vendor's notes on $name", ({ open }) => {
  let handle: DbHandle;
  let api: ReturnType<typeof testCaller>;
  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
    const abn = await handle.db
      .selectFrom('slas as s')
      .innerJoin('engagements as e', 'e.id', 's.engagement_id')
      .where('e.code', '=', 'ENG-001')
      .where('s.code', '=', 'ABN')
      .select('s.id')
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('measurements')
      .set({ note: 'storm week' })
      .where('sla_id', '=', abn.id)
      .where('period', '=', '2025-02')
      .execute();
    api = testCaller(handle, WORKED_EXAMPLE_TODAY);
  });
  afterAll(() => handle.close());

  it('are in the cells of the status grid and of the trend', async () => {
    const grid = await api.report.slaGrid(RANGE);
    const abn = grid.rows.find((row) => row.engagement === 'ENG-001' && row.code === 'ABN');
    expect(abn?.cells.map((cell) => cell.note)).toEqual([null, 'storm week', null, null, null, null]);
    const [trend] = await api.slas.trend({ ...RANGE, engagement: 'ENG-001', sla: 'ABN' });
    expect(trend?.cells.find((cell) => cell.period === '2025-02')?.note).toBe('storm week');
  });

  it('are in the breaches table', async () => {
    const { rows } = await api.slas.breaches(RANGE);
    expect(rows.map((row) => [row.period, row.engagement, row.sla, row.note])).toContainEqual([
      '2025-02',
      'ENG-001',
      'ABN',
      'storm week',
    ]);
    expect(rows.filter((row) => row.note !== null)).toHaveLength(1);
  });

  it('are in the credit ledger, read with the kept credit; a credit without a note has null', async () => {
    const ledger = await api.report.creditLedger(RANGE);
    const feb = ledger.filter((entry) => entry.engagement === 'ENG-001' && entry.period === '2025-02');
    expect(feb.map((entry) => [entry.sla, entry.amount, entry.note])).toEqual([
      ['ABN', '5310.13', 'storm week'],
      ['ASA', '5310.12', null],
    ]);
  });
});
