import { describe, expect, it } from 'vitest';
import { type ChartSeries, hasValues, monthRow, pointLabel, pointsNoun } from './chart-rows.ts';

const series: ChartSeries[] = [{ key: 'a', label: 'A', kind: 'money', color: '#000', type: 'bar' }];

describe('chart rows', () => {
  it('labels months shortly and keeps the period as the key', () => {
    expect(monthRow('2025-03', { a: 1.5 })).toEqual({ key: '2025-03', label: 'Mar 25', a: 1.5 });
  });

  it('a chart of zeros and gaps has nothing to draw', () => {
    expect(hasValues([monthRow('2025-01', { a: 0 }), monthRow('2025-02', { a: null })], series)).toBe(false);
    expect(hasValues([monthRow('2025-01', { a: 2 })], series)).toBe(true);
  });

  it('reads a point out by its month in full or its label, and names the points', () => {
    expect(pointLabel(monthRow('2026-03', { a: 1 }))).toBe('Mar 2026');
    expect(pointLabel({ key: 'Acme', label: 'Acme Services' })).toBe('Acme Services');
    expect(pointsNoun('Month')).toBe('months');
    expect(pointsNoun('Category')).toBe('categories');
    expect(pointsNoun('Fiscal year')).toBe('fiscal years');
    expect(pointsNoun('Currency')).toBe('currencies');
  });
});
