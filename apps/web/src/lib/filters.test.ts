import { describe, expect, it } from 'vitest';
import {
  comparisonRange,
  DEFAULT_FILTERS,
  filterSearch,
  forType,
  rangeForPreset,
  readFilters,
  resolveRange,
  toReportInput,
  writeFilters,
} from './filters.ts';

const read = (query: string) => readFilters(new URLSearchParams(query));

describe('readFilters and writeFilters', () => {
  it('reads every filter from the URL and writes it back the same', () => {
    const query =
      'range=custom&from=2025-01&to=2025-06&type=BPO&vendor=Acme+Services&line=hr_payroll&location=nearshore&bu=HR';
    const filters = read(query);
    expect(filters).toEqual({
      range: 'custom',
      from: '2025-01',
      to: '2025-06',
      type: 'BPO',
      vendor: 'Acme Services',
      serviceLine: 'hr_payroll',
      location: 'nearshore',
      businessUnit: 'HR',
    });
    expect(writeFilters(filters).toString()).toBe(query);
  });

  it('falls back to the defaults for unknown or malformed values', () => {
    expect(read('range=forever&type=XPO&line=knitting&location=moon&from=2025-13')).toEqual(DEFAULT_FILTERS);
    // A custom range needs both months, in order.
    expect(read('range=custom&from=2025-06&to=2025-01').range).toBe('last12');
  });

  it('leaves defaults and a page’s own parameters alone', () => {
    const params = writeFilters(
      { ...DEFAULT_FILTERS, type: 'KPO' },
      new URLSearchParams('sort=netCost&type=BPO'),
    );
    expect(params.toString()).toBe('sort=netCost&type=KPO');
    expect(writeFilters(DEFAULT_FILTERS).toString()).toBe('');
    expect(filterSearch('?sort=code&range=ytd&vendor=Acme')).toBe('?range=ytd&vendor=Acme');
    expect(filterSearch('?sort=code')).toBe('');
  });
});

describe('rangeForPreset', () => {
  it('on 2026-11-15 with fiscal years from January', () => {
    expect(rangeForPreset('last12', '2026-11-15', 1)).toEqual({ from: '2025-12', to: '2026-11' });
    expect(rangeForPreset('ytd', '2026-11-15', 1)).toEqual({ from: '2026-01', to: '2026-11' });
    expect(rangeForPreset('fy', '2026-11-15', 1)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(rangeForPreset('lastfy', '2026-11-15', 1)).toEqual({ from: '2025-01', to: '2025-12' });
  });

  it('on 2026-02-03 with fiscal years from April (FY2026 = April 2025–March 2026)', () => {
    expect(rangeForPreset('fy', '2026-02-03', 4)).toEqual({ from: '2025-04', to: '2026-03' });
    expect(rangeForPreset('lastfy', '2026-02-03', 4)).toEqual({ from: '2024-04', to: '2025-03' });
    expect(rangeForPreset('ytd', '2026-02-03', 4)).toEqual({ from: '2026-01', to: '2026-02' });
  });

  it('a custom range uses its own months', () => {
    expect(resolveRange(read('range=custom&from=2024-03&to=2024-05'), '2026-11-15', 1)).toEqual({
      from: '2024-03',
      to: '2024-05',
    });
  });
});

describe('comparisonRange', () => {
  it('compares the yearly presets with the same months a year earlier, up to today’s month', () => {
    expect(comparisonRange('last12', { from: '2025-12', to: '2026-11' }, '2026-11-15')).toEqual({
      from: '2024-12',
      to: '2025-11',
    });
    // This fiscal year runs to December, but only January–November have happened.
    expect(comparisonRange('fy', { from: '2026-01', to: '2026-12' }, '2026-11-15')).toEqual({
      from: '2025-01',
      to: '2025-11',
    });
    expect(comparisonRange('lastfy', { from: '2025-01', to: '2025-12' }, '2026-11-15')).toEqual({
      from: '2024-01',
      to: '2024-12',
    });
  });

  it('compares a custom range with as many months just before it', () => {
    expect(comparisonRange('custom', { from: '2025-04', to: '2025-06' }, '2026-11-15')).toEqual({
      from: '2025-01',
      to: '2025-03',
    });
  });
});

describe('toReportInput and forType', () => {
  it('turns set filters into one-element lists', () => {
    const input = toReportInput(read('type=KPO&vendor=Acme'), { from: '2025-01', to: '2025-06' });
    expect(input).toEqual({ from: '2025-01', to: '2025-06', types: ['KPO'], vendors: ['Acme'] });
    expect(forType(input, 'BPO')).toBeNull();
    expect(forType({ from: '2025-01', to: '2025-06' }, 'BPO')).toEqual({
      from: '2025-01',
      to: '2025-06',
      types: ['BPO'],
    });
  });
});
