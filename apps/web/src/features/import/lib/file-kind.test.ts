import { describe, expect, it } from 'vitest';
import { guessFileKind } from './file-kind.ts';

describe('guessFileKind', () => {
  it('knows the interchange names, in any case', () => {
    expect(guessFileKind('measurements.csv')).toBe('measurements.csv');
    expect(guessFileKind('C:\\exports\\FX_RATES.csv')).toBe('fx_rates.csv');
    expect(guessFileKind('slas.csv')).toBe('slas.csv');
  });

  it('reads a telling word in other names; measurements before SLAs', () => {
    expect(guessFileKind('acme-sla-measurements-2025-03.csv')).toBe('measurements.csv');
    expect(guessFileKind('invoices-march.csv')).toBe('charges.csv');
    expect(guessFileKind('ENG-001 SLAs.csv')).toBe('slas.csv');
    expect(guessFileKind('data.csv')).toBeNull();
  });
});
