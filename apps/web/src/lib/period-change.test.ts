import { describe, expect, it } from 'vitest';
import { periodChange } from './period-change.ts';

describe('periodChange', () => {
  it('net cost 699,960.98 against 650,000.00 → +49,960.98 (+7.6863 %), bad news for a cost', () => {
    const change = periodChange('money', '699960.98', '650000.00', 'lower');
    expect(change?.delta).toBeCloseTo(49_960.98, 6);
    expect(change?.pct).toBeCloseTo((4_996_098 * 100) / 65_000_000, 10);
    expect(change?.tone).toBe('bad');
  });

  it('attainment 63.6 % against 70 % moves −6.4 points with no relative change', () => {
    expect(periodChange('pct', 63.6, 70, 'higher')).toEqual({ delta: 63.6 - 70, pct: null, tone: 'bad' });
  });

  it('breaches 2 against 0: +2 with no percentage; unchanged is neutral; a missing figure gives nothing', () => {
    expect(periodChange('count', 2, 0, 'lower')).toEqual({ delta: 2, pct: null, tone: 'bad' });
    expect(periodChange('count', 3, 3, 'lower')?.tone).toBe('neutral');
    expect(periodChange('money', '10.00', '20.00', 'neither')?.tone).toBe('neutral');
    expect(periodChange('pct', null, 40, 'higher')).toBeNull();
  });
});
