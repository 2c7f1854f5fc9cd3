import { describe, expect, it } from 'vitest';
import {
  cycleDays,
  type InsightAggregates,
  insightMetrics,
  isOnTime,
  isOverdue,
  medianFromHistogram,
} from './insight.ts';

/** mulberry32: a small seeded generator, so the property runs are the same on every machine. */
function seeded(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max + 1));
  };
}

const eight: InsightAggregates = {
  delivered: 8,
  onTime: 6,
  cycleDays: [
    { days: 30, count: 2 },
    { days: 10, count: 2 },
    { days: 20, count: 2 },
    { days: 14, count: 2 },
  ],
  qualitySum: 29,
  qualityCount: 7,
  rework: 2,
  actioned: 5,
  valueRealizedCents: 1234567,
  kpoNetCostCents: 10000004,
  overdue: 3,
};

describe('insightMetrics', () => {
  it('8 delivered, 6 on time, cycle 10,10,14,14,20,20,30,30 days, 7 rated (sum 29), 2 reworked, 5 actioned', () => {
    expect(insightMetrics(eight)).toEqual({
      delivered: 8,
      onTimePct: 75, // 6 / 8
      medianCycleDays: 17, // mean of the 4th and 5th: (14 + 20) / 2
      meanQuality: 29 / 7, // 4.142857…
      reworkPct: 25, // 2 / 8
      adoptionPct: 62.5, // 5 / 8
      valueRealizedCents: 1234567,
      costPerDeliverableCents: 1250001, // 100,000.04 / 8 = 12,500.005 → 12,500.01 half-up
      overdue: 3,
    });
  });

  it('nothing delivered: every rate and average is null, counts and sums stay 0', () => {
    const none: InsightAggregates = {
      delivered: 0,
      onTime: 0,
      cycleDays: [],
      qualitySum: 0,
      qualityCount: 0,
      rework: 0,
      actioned: 0,
      valueRealizedCents: 0,
      kpoNetCostCents: 500000,
      overdue: 2,
    };
    expect(insightMetrics(none)).toEqual({
      delivered: 0,
      onTimePct: null,
      medianCycleDays: null,
      meanQuality: null,
      reworkPct: null,
      adoptionPct: null,
      valueRealizedCents: 0,
      costPerDeliverableCents: null,
      overdue: 2,
    });
  });

  it('mean quality is null when no delivered deliverable was rated', () => {
    expect(insightMetrics({ ...eight, qualitySum: 0, qualityCount: 0 }).meanQuality).toBeNull();
  });

  it('cost per deliverable rounds half-up: 100.00 over 3 → 33.33; 0.05 over 2 = 0.025 → 0.03', () => {
    expect(insightMetrics({ ...eight, delivered: 3, kpoNetCostCents: 10000 }).costPerDeliverableCents).toBe(
      3333,
    );
    expect(insightMetrics({ ...eight, delivered: 2, kpoNetCostCents: 5 }).costPerDeliverableCents).toBe(3);
  });
});

describe('medianFromHistogram', () => {
  it('odd count: 5, 7, 9 → 7', () => {
    expect(
      medianFromHistogram([
        { days: 9, count: 1 },
        { days: 5, count: 1 },
        { days: 7, count: 1 },
      ]),
    ).toBe(7);
  });

  it('even count: 3, 4 → 3.5; one bucket of 4 × 12 → 12', () => {
    expect(
      medianFromHistogram([
        { days: 3, count: 1 },
        { days: 4, count: 1 },
      ]),
    ).toBe(3.5);
    expect(medianFromHistogram([{ days: 12, count: 4 }])).toBe(12);
  });

  it('skips empty buckets and is null for none', () => {
    expect(
      medianFromHistogram([
        { days: 1, count: 0 },
        { days: 8, count: 1 },
      ]),
    ).toBe(8);
    expect(medianFromHistogram([])).toBeNull();
  });

  it('matches sorting the expanded values (seeded property)', () => {
    const next = seeded(42);
    for (let run = 0; run < 200; run++) {
      const histogram = Array.from({ length: 1 + next(6) }, () => ({ days: next(90), count: next(5) }));
      const values = histogram
        .flatMap((bucket) => Array<number>(bucket.count).fill(bucket.days))
        .sort((a, b) => a - b);
      const middle = values.length / 2;
      const expected =
        values.length === 0
          ? null
          : values.length % 2 === 1
            ? values[Math.floor(middle)]
            : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
      expect(medianFromHistogram(histogram)).toBe(expected);
    }
  });
});

describe('per-deliverable rules', () => {
  it('on time means delivered on or before the due date', () => {
    expect(isOnTime('2025-03-10', '2025-03-10')).toBe(true);
    expect(isOnTime('2025-03-10', '2025-03-09')).toBe(true);
    expect(isOnTime('2025-03-10', '2025-03-11')).toBe(false);
  });

  it('cycle days are whole calendar days: Feb 27 → Mar 2 is 3 days in 2025, 4 in 2024', () => {
    expect(cycleDays('2025-02-27', '2025-03-02')).toBe(3);
    expect(cycleDays('2024-02-27', '2024-03-02')).toBe(4);
    expect(cycleDays('2025-03-02', '2025-03-02')).toBe(0);
  });

  it('overdue: due before the as-of date and not delivered by it', () => {
    const asOf = '2025-03-31';
    expect(isOverdue('2025-03-10', null, asOf)).toBe(true);
    expect(isOverdue('2025-03-10', '2025-04-02', asOf)).toBe(true); // delivered, but after the as-of date
    expect(isOverdue('2025-03-10', '2025-03-20', asOf)).toBe(false); // late, but delivered by the as-of date
    expect(isOverdue('2025-03-31', null, asOf)).toBe(false); // due on the as-of date is not yet overdue
    expect(isOverdue('2025-04-15', null, asOf)).toBe(false);
  });
});
