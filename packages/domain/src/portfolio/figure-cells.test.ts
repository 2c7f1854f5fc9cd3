import { describe, expect, it } from 'vitest';
import { MissingFxRateError } from '../errors.ts';
import {
  BPO,
  CELLS,
  DELIVERED,
  DELIVERING,
  DELIVERING_JANUARY,
  IDLE,
  MONTHS,
  over,
} from './figure-cells.test-helpers.ts';
import { type EngagementCells, groupCells, membersInsight } from './figure-cells.ts';

describe('groupCells', () => {
  it('adds up a range per group: net cost is charges less owed and pending, baseline only where there is one', () => {
    const groups = groupCells(
      [
        { id: 1, key: 'A' },
        { id: 2, key: 'A' },
        { id: 3, key: 'B' },
      ],
      CELLS,
      over(MONTHS, false),
    );
    expect(groups.map(({ insight: _, ...group }) => group)).toEqual([
      {
        key: 'A',
        period: null,
        sums: {
          charges: 195_000, // 800 + 850 + 300
          creditsOwed: 4_000,
          creditsPending: 1_000,
          creditsEarnedBack: 500,
          netCost: 190_000, // 1,950 − 40 − 10
          baseline: 200_000, // engagement 1 only
          netCostWithBaseline: 160_000, // 800 − 40 + 850 − 10
          plannedSavings: 20_000,
          sla: { met: 3, missed: 1, breached: 1, unreported: 2 },
        },
        kpoNetCostCents: 30_000,
      },
      {
        key: 'B',
        period: null,
        sums: {
          charges: 0,
          creditsOwed: 0,
          creditsPending: 0,
          creditsEarnedBack: 0,
          netCost: 0,
          baseline: null,
          netCostWithBaseline: 0,
          plannedSavings: null,
          sla: { met: 0, missed: 0, breached: 0, unreported: 0 },
        },
        kpoNetCostCents: 0,
      },
    ]);
  });

  it('gives every group a point for every month, zero where it had no figure', () => {
    const groups = groupCells([{ id: 2, key: 'K' }], CELLS, over(MONTHS, true));
    expect(
      groups.map((group) => [group.period, group.sums.charges, group.sums.netCost, group.kpoNetCostCents]),
    ).toEqual([
      ['2026-01', 0, 0, 0],
      ['2026-02', 30_000, 30_000, 30_000],
    ]);
  });

  it('keeps a group with a baseline at 0, not null, in a month its engagement did not run', () => {
    const early = { ...BPO, cells: BPO.cells.filter((c) => c.period === '2026-02') };
    const [january] = groupCells([{ id: 1, key: 'A' }], new Map([[1, early]]), over(MONTHS, true));
    expect(january?.sums.baseline).toBe(0);
    expect(january?.sums.plannedSavings).toBe(0);
  });

  it('leaves out cells of months outside the range and members without cells', () => {
    const groups = groupCells(
      [
        { id: 1, key: 'A' },
        { id: 9, key: 'A' },
      ],
      CELLS,
      over(['2026-02'], false),
    );
    expect(groups[0]?.sums.charges).toBe(85_000);
    expect(groups[0]?.sums.baseline).toBe(100_000);
  });

  it('sums the same cells again over other months: an engagement’s whole-range total is kept per months', () => {
    const members = [{ id: 1, key: 'A' }];
    const charges = (months: string[]) => groupCells(members, CELLS, over(months, false))[0]?.sums.charges;
    expect(charges(['2026-01', '2026-02'])).toBe(165_000); // 800 + 850
    expect(charges(['2026-02'])).toBe(85_000);
    expect(charges(['2026-01'])).toBe(80_000);
    expect(charges(['2026-01', '2026-02'])).toBe(165_000);
    // Per month reads the cells themselves, whatever was kept for the whole range.
    expect(groupCells(members, CELLS, over(['2026-01', '2026-02'], true)).map((g) => g.sums.charges)).toEqual(
      [80_000, 85_000],
    );
  });

  it('is an error naming the first currency and month without a rate among the members', () => {
    const missing = (currency: string, period: string): EngagementCells => ({
      ...IDLE,
      missingRate: { currency, period },
    });
    const cells = new Map([
      [1, missing('INR', '2026-01')],
      [2, missing('EUR', '2026-02')],
    ]);
    const members = [
      { id: 1, key: 'A' },
      { id: 2, key: 'A' },
    ];
    expect(() => groupCells(members, cells, over(MONTHS, false))).toThrow(
      new MissingFxRateError('EUR', '2026-02', 'USD'),
    );
    expect(groupCells([{ id: 3, key: 'B' }], new Map([[3, IDLE]]), over(MONTHS, false))).toHaveLength(1);
  });

  it('adds up the deliveries with the insight: per month they were delivered, overdue only over the range', () => {
    const cells = new Map([
      [2, DELIVERING],
      [5, DELIVERING_JANUARY],
    ]);
    const members = [
      { id: 2, key: 'K' },
      { id: 5, key: 'K' },
    ];
    const [whole] = groupCells(members, cells, over(MONTHS, false, true));
    expect(whole?.insight).toEqual(DELIVERED);
    const [january, february] = groupCells(members, cells, over(MONTHS, true, true));
    expect([
      january?.insight.delivered,
      january?.insight.overdue,
      february?.insight.valueRealizedCents,
    ]).toEqual([4, 0, 50_000]);
    expect(groupCells(members, cells, over(MONTHS, false))[0]?.insight.delivered).toBe(0);
  });

  it('has no groups for an empty range', () => {
    expect(groupCells([{ id: 1, key: 'A' }], CELLS, over([], false))).toEqual([]);
  });
});

describe('membersInsight', () => {
  const members = [
    { id: 2, key: 'total' },
    { id: 5, key: 'total' },
  ];

  it('adds every delivery of the range and the overdue deliverables, the same when asked again', () => {
    const cells = new Map([
      [2, DELIVERING],
      [5, DELIVERING_JANUARY],
    ]);
    expect(membersInsight(members, cells, 'USD')).toEqual(DELIVERED);
    // Each engagement's total is kept with its cells: merging it into a selection's must not change it.
    expect(membersInsight(members, cells, 'USD')).toEqual(DELIVERED);
    expect(membersInsight([{ id: 5, key: 'total' }], cells, 'USD').delivered).toBe(2);
  });

  it('reads cells read again afresh, and is an error for a value realized without a rate', () => {
    const cells = new Map([
      [2, DELIVERING],
      [5, { ...DELIVERING_JANUARY, deliveries: [] }],
    ]);
    expect(membersInsight(members, cells, 'USD').delivered).toBe(3);
    const unconverted = new Map([
      [2, { ...DELIVERING, deliveryMissingRate: { currency: 'INR', period: '2026-02' } }],
    ]);
    expect(() => membersInsight(members, unconverted, 'USD')).toThrow(
      new MissingFxRateError('INR', '2026-02', 'USD'),
    );
  });
});
