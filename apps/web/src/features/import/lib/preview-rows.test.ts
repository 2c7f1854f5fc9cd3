import { describe, expect, it } from 'vitest';
import { describeError, previewRows } from './preview-rows.ts';

describe('previewRows: the preview table with every bad row marked', () => {
  it('puts each error on its cell, or on the row when it names no column', () => {
    const rows = previewRows(
      ['engagement', ' sla', 'period', 'actual'],
      [
        { line: 2, cells: ['ENG-001', 'ASA', '2025-06', '29'] },
        { line: 3, cells: ['ENG-001', 'ABN', '2025-6', 'x'] },
        { line: 5, cells: ['ENG-001', 'ASA', '2025-06'] },
      ],
      [
        { line: 3, column: 'period', reason: '"2025-6" is not a month (YYYY-MM)' },
        { line: 3, column: 'actual', reason: '"x" is not a number (a number like 1234.50)' },
        { line: 5, column: null, reason: 'has 3 cells where the header has 4 columns' },
      ],
    );
    expect(rows.map((row) => [row.line, row.bad])).toEqual([
      [2, false],
      [3, true],
      [5, true],
    ]);
    expect(rows[1]?.cells.map((cell) => cell.error)).toEqual([
      null,
      null,
      '"2025-6" is not a month (YYYY-MM)',
      '"x" is not a number (a number like 1234.50)',
    ]);
    expect(rows[1]?.cells[1]?.column).toBe('sla');
    expect(rows[2]?.rowErrors).toEqual(['has 3 cells where the header has 4 columns']);
    expect(rows[2]?.cells[3]).toEqual({ column: 'actual', text: '', error: null });
  });

  it('writes an error as the CLI does', () => {
    expect(describeError({ line: 7, column: 'period', reason: 'bad' })).toBe('line 7, column period: bad');
    expect(describeError({ line: 1, column: null, reason: 'the file is empty' })).toBe(
      'line 1: the file is empty',
    );
  });
});
