import { describe, expect, it } from 'vitest';
import { periodChange } from './period-change.ts';

describe('periodChange', () => {
  it('net cost 699,960.98 against 650,000.00 → +49,960.98 (+7.6863 %), bad news for a cost', () => {
    const change = periodChange('money', '699960.98', '650000.00', 'lower');
    expect(change?.delta).toBeCloseTo(49_960.98, 6);
    expect(change?.pct).toBeCloseTo((4_996_098 * 100) / 65_000_000, 10);
    expect(change?.direction).toBe('up');
    expect(change?.tone).toBe('bad');
  });

  it('net cost falling from 650,000.00 to 600,000.00 points down and is good news; spend rising is neither', () => {
    expect(periodChange('money', '600000.00', '650000.00', 'lower')).toMatchObject({
      direction: 'down',
      tone: 'good',
    });
    expect(periodChange('money', '700000.00', '650000.00', 'neither')).toMatchObject({
      direction: 'up',
      tone: 'neutral',
    });
  });

  it('attainment 63.6 % against 70 % moves −6.4 points with no relative change', () => {
    expect(periodChange('pct', 63.6, 70, 'higher')).toEqual({
      delta: 63.6 - 70,
      pct: null,
      direction: 'down',
      tone: 'bad',
    });
  });

  it('breaches 2 against 0: +2 with no percentage; unchanged is neutral; a missing figure gives nothing', () => {
    expect(periodChange('count', 2, 0, 'lower')).toEqual({
      delta: 2,
      pct: null,
      direction: 'up',
      tone: 'bad',
    });
    expect(periodChange('count', 3, 3, 'lower')).toMatchObject({ direction: 'flat', tone: 'neutral' });
    expect(periodChange('money', '10.00', '20.00', 'neither')?.tone).toBe('neutral');
    expect(periodChange('pct', null, 40, 'higher')).toBeNull();
  });
});
