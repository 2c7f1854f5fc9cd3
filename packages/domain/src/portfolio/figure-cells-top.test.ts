import { describe, expect, it } from 'vitest';
import { MissingFxRateError } from '../errors.ts';
import { BPO, IDLE, KPO, MONTHS, over } from './figure-cells.test-helpers.ts';
import { type EngagementCells, groupCells, topGroupCells } from './figure-cells.ts';
import { topGroupsByNetCost } from './report-digest.ts';

// The top groups (topGroupCells) against every group summed and cut (groupCells, then topGroupsByNetCost), on the
// worked example of figure-cells.test-helpers.ts.
describe('topGroupCells', () => {
  // Three groups by net cost over Jan–Feb: A $1,600.00 (the BPO: 800 + 850 − 40 − 10), K $300.00 (the KPO, which
  // delivered $1,500.00 of value in Jan), I $0.00 (idle, and its value realized has no FX rate).
  const delivering: EngagementCells = {
    ...KPO,
    overdue: 1,
    deliveries: [
      {
        period: '2026-01',
        delivered: 1,
        onTime: 1,
        qualitySum: 4,
        qualityCount: 1,
        rework: 0,
        actioned: 1,
        valueRealizedCents: 150_000,
        cycleDays: [{ days: 7, count: 1 }],
      },
    ],
  };
  const unconverted: EngagementCells = {
    ...IDLE,
    deliveryMissingRate: { currency: 'INR', period: '2026-01' },
  };
  const cells = new Map([
    [1, BPO],
    [2, delivering],
    [3, unconverted],
  ]);
  const members = [
    { id: 1, key: 'A' },
    { id: 2, key: 'K' },
    { id: 3, key: 'I' },
  ];

  it('gives the top groups with their deliveries, as every group summed and cut would', () => {
    const converted = new Map([...cells, [3, IDLE]]);
    const top = topGroupCells(members, converted, over(MONTHS, false, true), 2);
    expect(top.map((group) => [group.key, group.sums.netCost, group.insight.valueRealizedCents])).toEqual([
      ['A', 160_000, 0],
      ['K', 30_000, 150_000],
    ]);
    const shown = members.slice(0, 2);
    expect(top).toEqual(topGroupsByNetCost(groupCells(members, converted, over(MONTHS, false, true)), 2));
    expect(top).toEqual(topGroupsByNetCost(groupCells(shown, converted, over(MONTHS, false, true)), 2));
  });

  it('cuts group-months per month, and is an error for a rate missing anywhere in the selection', () => {
    const top = topGroupCells(members, cells, over(MONTHS, true, false), 3);
    // A Feb $840.00, A Jan $760.00, K Feb $300.00.
    expect(top.map((group) => [group.key, group.period, group.sums.netCost])).toEqual([
      ['A', '2026-02', 84_000],
      ['A', '2026-01', 76_000],
      ['K', '2026-02', 30_000],
    ]);
    expect(() => topGroupCells(members, cells, over(MONTHS, false, true), 2)).toThrow(
      new MissingFxRateError('INR', '2026-01', 'USD'),
    );
    expect(topGroupCells(members, cells, over(MONTHS, false, false), 1)[0]?.key).toBe('A');
  });
});
