import { describe, expect, it } from 'vitest';
import { MissingFxRateError } from '../errors.ts';
import { BPO, CELLS, IDLE, KPO, MONTHS, over } from './figure-cells.test-helpers.ts';
import { engagementSums, groupCells } from './figure-cells.ts';
import { emptyInsightSums } from './group-sums.ts';
import { type ListedEngagement, reportFromSums, type Sums } from './portfolio-report.ts';
import { reportScope } from './report-scope.ts';

const USD = { months: MONTHS, currency: 'USD' };

describe('engagementSums', () => {
  it('gives each engagement its own sums over the months, as groupCells gives a group of it alone', () => {
    const sums = engagementSums([1, 2, 3, 4], CELLS, USD);
    expect(sums.get(1)).toEqual({
      charges: 165_000, // 800 + 850
      creditsOwed: 4_000,
      creditsPending: 1_000,
      creditsEarnedBack: 0,
      netCost: 160_000, // 1,650 − 40 − 10
      baseline: 200_000,
      netCostWithBaseline: 160_000,
      plannedSavings: 20_000,
      sla: { met: 3, missed: 1, breached: 0, unreported: 2 },
    });
    expect(sums.get(2)).toEqual({
      charges: 30_000,
      creditsOwed: 0,
      creditsPending: 0,
      creditsEarnedBack: 500, // earned back: not in net cost
      netCost: 30_000,
      baseline: null,
      netCostWithBaseline: 0,
      plannedSavings: null,
      sla: { met: 0, missed: 0, breached: 1, unreported: 0 },
    });
    // Engagement 4 has no cells: it is left out, as groupCells leaves its group at zero.
    expect([...sums.keys()]).toEqual([1, 2, 3]);
    for (const id of [1, 2, 3]) {
      const [alone] = groupCells([{ id, key: String(id) }], CELLS, over(MONTHS, false));
      expect(sums.get(id)).toEqual(alone?.sums);
    }
  });

  it('shares frozen sums until the engagement’s cells are read again, or other months are asked', () => {
    const first = engagementSums([1], CELLS, USD).get(1);
    expect(engagementSums([1], CELLS, USD).get(1)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first?.sla)).toBe(true);
    // Cells read again are a new object: its sums are made again, from its own cells.
    const readAgain = { ...BPO, cells: BPO.cells.slice(0, 1) };
    const again = engagementSums([1], new Map([[1, readAgain]]), USD).get(1);
    expect(again).not.toBe(first);
    expect(again?.charges).toBe(80_000);
    expect(engagementSums([1], CELLS, { ...USD, months: ['2026-02'] }).get(1)?.charges).toBe(85_000);
  });

  it('is an error naming the first currency and month without a rate, and empty for an empty range', () => {
    const cells = new Map([
      [1, { ...IDLE, missingRate: { currency: 'INR', period: '2026-01' } }],
      [2, { ...KPO, missingRate: { currency: 'EUR', period: '2026-02' } }],
    ]);
    expect(() => engagementSums([1, 2], cells, USD)).toThrow(new MissingFxRateError('EUR', '2026-02', 'USD'));
    expect(engagementSums([1, 2], CELLS, { ...USD, months: [] }).size).toBe(0);
  });
});

describe('reportFromSums over shared sums', () => {
  const listed: ListedEngagement[] = [
    { id: 1, code: 'ENG-1', type: 'BPO', vendor: 'Acme', hasBaseline: true },
    { id: 2, code: 'ENG-2', type: 'KPO', vendor: 'Brill', hasBaseline: false },
  ];
  const report = (sumsByEngagement: ReadonlyMap<number, Sums>) =>
    reportFromSums({
      scope: reportScope('2026-01', '2026-02', '2026-03-15'),
      currency: 'USD',
      listed,
      sumsByEngagement,
      insight: emptyInsightSums(),
    });

  it('writes the same figures from frozen sums as from the same sums unfrozen, once per sums object', () => {
    const shared = engagementSums([1, 2], CELLS, USD);
    const copies = new Map([...shared].map(([id, sums]) => [id, { ...sums, sla: { ...sums.sla } }]));
    const fromShared = report(shared);
    expect(fromShared).toEqual(report(copies));
    expect(fromShared.engagements[0]).toMatchObject({
      netCost: '1600.00',
      savings: '400.00',
      savingsPct: 20,
    });
    expect(fromShared.totals.netCost).toBe('1900.00');
    // The figures of a shared sums object are written once: a second answer holds the very same SLA figures.
    expect(report(shared).engagements[0]?.sla).toBe(fromShared.engagements[0]?.sla);
    expect(report(copies).engagements[0]?.sla).not.toBe(report(copies).engagements[0]?.sla);
  });
});
