import { describe, expect, it } from 'vitest';
import { creditSharePct } from './credit-share.ts';

describe('creditSharePct', () => {
  it('credits 10,620.25 on charges 107,202.50 → 9.9067… %', () => {
    expect(creditSharePct(1_062_025, 10_720_250)).toBeCloseTo(9.906718593, 8);
  });

  it('no credits is 0 %; nothing charged is null', () => {
    expect(creditSharePct(0, 500)).toBe(0);
    expect(creditSharePct(0, 0)).toBeNull();
  });
});
