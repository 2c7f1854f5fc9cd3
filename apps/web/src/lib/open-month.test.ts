import { describe, expect, it } from 'vitest';
import { openIndex, openMonthNote, withProgress } from './open-month.ts';

describe('the month in progress', () => {
  it('is said to be partial, with how it is drawn', () => {
    expect(openMonthNote('2026-12')).toBe('Dec 2026 is in progress: its figures are partial.');
    expect(openMonthNote('2026-12', 'hatched')).toBe(
      'Dec 2026 is in progress (hatched): its figures are partial.',
    );
  });

  it('is named "in progress" where a point is it, and nowhere else', () => {
    expect(withProgress('Dec 2026', '2026-12', '2026-12')).toBe('Dec 2026 (in progress)');
    expect(withProgress('Nov 2026', '2026-11', '2026-12')).toBe('Nov 2026');
    expect(withProgress('Acme', 'Acme', null)).toBe('Acme');
  });

  it('is found among a chart’s month rows, or not drawn', () => {
    const rows = [{ key: '2026-10' }, { key: '2026-11' }, { key: '2026-12' }];
    expect(openIndex(rows, '2026-12')).toBe(2);
    expect(openIndex(rows, '2027-01')).toBe(-1);
    expect(openIndex(rows, null)).toBe(-1);
  });
});
