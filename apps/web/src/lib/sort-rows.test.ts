import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows.ts';

const rows = [
  { code: 'ENG-002', netCost: '950.00', pct: null },
  { code: 'ENG-010', netCost: '12000.50', pct: 40 },
  { code: 'ENG-001', netCost: '-20.00', pct: 90 },
];

describe('sortRows', () => {
  it('sorts money strings by amount, not as text', () => {
    expect(sortRows(rows, (r) => r.netCost, 'desc').map((r) => r.code)).toEqual([
      'ENG-010',
      'ENG-002',
      'ENG-001',
    ]);
    expect(sortRows(rows, (r) => r.netCost, 'asc').map((r) => r.code)).toEqual([
      'ENG-001',
      'ENG-002',
      'ENG-010',
    ]);
  });

  it('sorts text alphabetically and keeps empty values last either way', () => {
    expect(sortRows(rows, (r) => r.code, 'asc').map((r) => r.code)).toEqual([
      'ENG-001',
      'ENG-002',
      'ENG-010',
    ]);
    expect(sortRows(rows, (r) => r.pct, 'asc').map((r) => r.code)).toEqual(['ENG-010', 'ENG-001', 'ENG-002']);
    expect(sortRows(rows, (r) => r.pct, 'desc').map((r) => r.code)).toEqual([
      'ENG-001',
      'ENG-010',
      'ENG-002',
    ]);
  });
});
