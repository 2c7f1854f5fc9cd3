import { describe, expect, it } from 'vitest';
import { addCounts, attainmentPct, countStatuses, emptyCounts } from './attainment.ts';

describe('attainmentPct = met ÷ (met + missed + breached) × 100', () => {
  it('7 met, 2 missed, 1 breached, 5 unreported → 70 % (unreported shown, not counted)', () => {
    // 7 / 10 × 100 would be 70.00000000000001 in floats; the rule multiplies first.
    expect(attainmentPct({ met: 7, missed: 2, breached: 1, unreported: 5 })).toBe(70);
  });

  it('1 met of 3 measured → 33.333… %, not rounded', () => {
    expect(attainmentPct({ met: 1, missed: 1, breached: 1, unreported: 0 })).toBe(100 / 3);
  });

  it('is null with nothing measured, even when periods were unreported', () => {
    expect(attainmentPct(emptyCounts())).toBeNull();
    expect(attainmentPct({ met: 0, missed: 0, breached: 0, unreported: 4 })).toBeNull();
  });

  it('is 0 when everything measured failed', () => {
    expect(attainmentPct({ met: 0, missed: 3, breached: 1, unreported: 0 })).toBe(0);
  });
});

describe('counts', () => {
  it('counts statuses and adds counts', () => {
    const a = countStatuses(['met', 'met', 'missed', 'unreported']);
    expect(a).toEqual({ met: 2, missed: 1, breached: 0, unreported: 1 });
    expect(addCounts(a, { met: 1, missed: 0, breached: 2, unreported: 3 })).toEqual({
      met: 3,
      missed: 1,
      breached: 2,
      unreported: 4,
    });
  });
});
