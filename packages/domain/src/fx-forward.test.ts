import { describe, expect, it } from 'vitest';
import { FxTable } from './fx.ts';
import { carryRatesForward } from './fx-forward.ts';

const rates = [
  { currency: 'EUR', period: '2025-10', rate: '1.08' },
  { currency: 'EUR', period: '2025-11', rate: '1.1' },
  { currency: 'GBP', period: '2025-11', rate: '1.3' },
];

describe('carryRatesForward', () => {
  it('December and January take November’s rate; October keeps its own', () => {
    const table = new FxTable(carryRatesForward(rates, ['2025-10', '2025-11', '2025-12', '2026-01']), 'USD');
    expect(table.rate('EUR', '2025-12')).toBe('1.1');
    expect(table.rate('EUR', '2026-01')).toBe('1.1');
    expect(table.rate('EUR', '2025-10')).toBe('1.08');
    expect(table.convert(100_000, 'GBP', '2026-01')).toBe(130_000);
  });

  it('a new fiscal year before its first rate takes the last one on record, from the year before', () => {
    const table = new FxTable(carryRatesForward(rates, ['2026-01', '2026-02']), 'USD');
    expect(table.rate('EUR', '2026-02')).toBe('1.1');
  });

  it('a month missing between two rates stays missing: converting it names the currency and month', () => {
    const gap = [...rates, { currency: 'GBP', period: '2026-01', rate: '1.25' }];
    const table = new FxTable(carryRatesForward(gap, ['2025-11', '2025-12', '2026-01', '2026-02']), 'USD');
    expect(() => table.convert(100, 'GBP', '2025-12')).toThrow('No FX rate for GBP in 2025-12 (to USD)');
    expect(table.rate('GBP', '2026-02')).toBe('1.25');
  });

  it('a month before the first rate stays missing: converting it names the currency and month', () => {
    const table = new FxTable(carryRatesForward(rates, ['2025-10']), 'USD');
    expect(() => table.convert(100, 'GBP', '2025-10')).toThrow('No FX rate for GBP in 2025-10 (to USD)');
  });
});
