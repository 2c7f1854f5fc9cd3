import { describe, expect, it } from 'vitest';
import { plannedVsRealized, savingsCents, savingsPct } from './savings.ts';

describe('savings', () => {
  it('baseline 50,000.00, net cost 41,234.56 → savings 8,765.44 = 17.53088 %', () => {
    const savings = savingsCents(5000000, 4123456);
    expect(savings).toBe(876544);
    expect(savingsPct(savings, 5000000)).toBe(17.53088);
  });

  it('costing more than in-house is a negative saving: baseline 1,000.00, net cost 1,200.00 → −200.00 = −20 %', () => {
    const savings = savingsCents(100000, 120000);
    expect(savings).toBe(-20000);
    expect(savingsPct(savings, 100000)).toBe(-20);
  });

  it('savings % is null when the baseline is 0', () => {
    expect(savingsPct(0, 0)).toBeNull();
    expect(savingsPct(-500, 0)).toBeNull();
  });

  it('is not rounded: 1.00 saved of 3.00 → 33.333… %', () => {
    expect(savingsPct(100, 300)).toBe(100 / 3);
  });
});

describe('plannedVsRealized', () => {
  it('planned 2,500.00 a month × 6 = 15,000.00; realized 12,345.67 → 2,654.33 short, 82.304466… % of plan', () => {
    const result = plannedVsRealized(250000, 6, 1234567);
    expect(result).toEqual({
      plannedCents: 1500000,
      realizedCents: 1234567,
      differenceCents: -265433,
      realizedPctOfPlan: (1234567 * 100) / 1500000,
    });
    expect(result.realizedPctOfPlan).toBeCloseTo(82.304466667, 8);
  });

  it('with nothing planned the ratio is null', () => {
    expect(plannedVsRealized(0, 6, 1000).realizedPctOfPlan).toBeNull();
  });
});
