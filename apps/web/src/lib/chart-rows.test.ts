import { describe, expect, it } from 'vitest';
import { type ChartSeries, hasValues, monthRow } from './chart-rows.ts';

const series: ChartSeries[] = [{ key: 'a', label: 'A', kind: 'money', color: '#000', type: 'bar' }];

describe('chart rows', () => {
  it('labels months shortly and keeps the period as the key', () => {
    expect(monthRow('2025-03', { a: 1.5 })).toEqual({ key: '2025-03', label: 'Mar 25', a: 1.5 });
  });

  it('a chart of zeros and gaps has nothing to draw', () => {
    expect(hasValues([monthRow('2025-01', { a: 0 }), monthRow('2025-02', { a: null })], series)).toBe(false);
    expect(hasValues([monthRow('2025-01', { a: 2 })], series)).toBe(true);
  });
});
