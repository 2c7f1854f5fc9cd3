import { describe, expect, it } from 'vitest';
import { runningTotals } from './running-totals.ts';

describe('runningTotals', () => {
  it('savings of 1,000.00, −250.50 and 400.25 → 1,000.00, 749.50, 1,149.75', () => {
    expect(runningTotals([100_000, -25_050, 40_025])).toEqual([100_000, 74_950, 114_975]);
  });

  it('nothing gives nothing', () => {
    expect(runningTotals([])).toEqual([]);
  });

  it('refuses a fraction of a cent', () => {
    expect(() => runningTotals([0.5])).toThrow(/cents/);
  });
});
