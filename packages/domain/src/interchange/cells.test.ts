import { describe, expect, it } from 'vitest';
import { amount, INT4_MAX, integer, measure } from './cells.ts';

describe('number cells', () => {
  it('accept digits grouped by thousands as people write them, and keep the plain number', () => {
    expect(amount('3,000,000')).toEqual({ ok: true, value: '3000000' });
    expect(amount(' 1,234.50 ')).toEqual({ ok: true, value: '1234.50' });
    expect(measure('-1,000.5')).toEqual({ ok: true, value: '-1000.5' });
    expect(integer(0, INT4_MAX)('1,200')).toEqual({ ok: true, value: 1200 });
  });

  it('refuse commas that are not thousands groups: a decimal comma is not read as a point', () => {
    expect(amount('3,00,000')).toEqual({
      ok: false,
      reason: '"3,00,000" is not an amount (a number like 1234.50)',
    });
    expect(measure('9,5')).toEqual({ ok: false, reason: '"9,5" is not a number (a number like 1234.50)' });
    expect(amount('1,234,5')).toMatchObject({ ok: false });
    expect(amount(',123')).toMatchObject({ ok: false });
  });
});
