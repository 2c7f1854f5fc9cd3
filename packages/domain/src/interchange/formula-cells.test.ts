import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectFormula, unprotectFormula } from './formula-cells.ts';

describe('formula cells', () => {
  it('writes text a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(protectFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(protectFormula('+1 555')).toBe("'+1 555");
    expect(protectFormula('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
    expect(protectFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(protectFormula('\tx')).toBe("'\tx");
    expect(protectFormula("'=x")).toBe("''=x");
  });

  it('writes figures and ordinary text as they are', () => {
    expect(protectFormula('-120.50')).toBe('-120.50');
    expect(protectFormula('-3')).toBe('-3');
    expect(protectFormula('Acme = best')).toBe('Acme = best');
    expect(protectFormula("O'Brien")).toBe("O'Brien");
    expect(protectFormula('')).toBe('');
  });

  it('reads back exactly what was written, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => unprotectFormula(protectFormula(text)) === text));
    expect(unprotectFormula("'=x")).toBe('=x');
    expect(unprotectFormula("'plain")).toBe("'plain");
  });
});
