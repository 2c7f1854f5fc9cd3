import { describe, expect, it } from 'vitest';
import { leastSquares, trendSums, trendValueAt } from './linear-trend.ts';

describe('least squares', () => {
  it('sums points exactly as SQL aggregates do', () => {
    expect(
      trendSums([
        { x: -3, y: '96.5' },
        { x: -2, y: '97.25' },
        { x: -1, y: '95' },
      ]),
    ).toEqual({ n: 3, sumX: '-6', sumY: '288.75', sumXY: '-579.00', sumXX: '14' });
  });

  it('fits 1, 2, 2 at x = 0, 1, 2 exactly: slope 1/2, intercept 7/6', () => {
    // n = 3, Σx = 3, Σy = 5, Σxy = 6, Σx² = 5 → slope = (18 − 15) ÷ (15 − 9) = 1/2; intercept = (5 − 3/2) ÷ 3 = 7/6.
    const line = leastSquares(trendSums([0, 1, 2].map((x, i) => ({ x, y: [1, 2, 2][i] ?? 0 }))));
    expect(line).toEqual({ slope: { num: 1n, den: 2n }, intercept: { num: 7n, den: 6n } });
    if (line) expect(trendValueAt(line, 3)).toEqual({ num: 8n, den: 3n });
  });

  it('has no line through fewer than two distinct months', () => {
    expect(leastSquares(trendSums([{ x: -1, y: 5 }]))).toBeNull();
    expect(
      leastSquares(
        trendSums([
          { x: -1, y: 5 },
          { x: -1, y: 6 },
        ]),
      ),
    ).toBeNull();
  });
});
