import { describe, expect, it } from 'vitest';
import { filterProblems } from './filter-problems.ts';
import {
  comparisonRange,
  DEFAULT_FILTERS,
  filterSearch,
  filterWords,
  forType,
  openMonthIn,
  rangeForPreset,
  readFilters,
  resolveRange,
  selectionOf,
  toReportInput,
  writeFilters,
} from './filters.ts';

const read = (query: string) => readFilters(new URLSearchParams(query));

describe('readFilters and writeFilters', () => {
  it('reads every filter from the URL and writes it back the same', () => {
    const query =
      'range=custom&from=2025-01&to=2025-06&type=BPO&vendor=Acme+Services&line=hr_payroll&location=nearshore&bu=HR&open=1';
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
      open: true,
    });
    expect(writeFilters(filters).toString()).toBe(query);
  });

  it('falls back to the defaults for unknown or malformed values', () => {
    expect(read('range=forever&type=XPO&line=knitting&location=moon&from=2025-13&open=yes')).toEqual(
      DEFAULT_FILTERS,
    );
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
  // The presets end with the last closed month unless the month in progress is asked for (`open=1`): on
  // 15 November, November is in progress and October is the last closed month.
  it('on 2026-11-15 with fiscal years from January: up to October by default', () => {
    expect(rangeForPreset('last12', '2026-11-15', 1)).toEqual({ from: '2025-11', to: '2026-10' });
    expect(rangeForPreset('ytd', '2026-11-15', 1)).toEqual({ from: '2026-01', to: '2026-10' });
    expect(rangeForPreset('fy', '2026-11-15', 1)).toEqual({ from: '2026-01', to: '2026-10' });
    expect(rangeForPreset('lastfy', '2026-11-15', 1)).toEqual({ from: '2025-01', to: '2025-12' });
  });

  it('on 2026-11-15 with the month in progress: up to November (the fiscal year to its end)', () => {
    expect(rangeForPreset('last12', '2026-11-15', 1, true)).toEqual({ from: '2025-12', to: '2026-11' });
    expect(rangeForPreset('ytd', '2026-11-15', 1, true)).toEqual({ from: '2026-01', to: '2026-11' });
    expect(rangeForPreset('fy', '2026-11-15', 1, true)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(rangeForPreset('lastfy', '2026-11-15', 1, true)).toEqual({ from: '2025-01', to: '2025-12' });
  });

  it('on 2026-02-03 with fiscal years from April (FY2026 = April 2025–March 2026)', () => {
    expect(rangeForPreset('fy', '2026-02-03', 4)).toEqual({ from: '2025-04', to: '2026-01' });
    expect(rangeForPreset('fy', '2026-02-03', 4, true)).toEqual({ from: '2025-04', to: '2026-03' });
    expect(rangeForPreset('lastfy', '2026-02-03', 4)).toEqual({ from: '2024-04', to: '2025-03' });
    expect(rangeForPreset('ytd', '2026-02-03', 4)).toEqual({ from: '2026-01', to: '2026-01' });
    expect(rangeForPreset('ytd', '2026-02-03', 4, true)).toEqual({ from: '2026-01', to: '2026-02' });
  });

  it('keeps the month in progress where a preset has no closed month yet', () => {
    // 4 January: the year to date has only January; 4 April opens FY2027 from April.
    expect(rangeForPreset('ytd', '2026-01-04', 1)).toEqual({ from: '2026-01', to: '2026-01' });
    expect(rangeForPreset('fy', '2026-04-04', 4)).toEqual({ from: '2026-04', to: '2026-04' });
    expect(rangeForPreset('last12', '2026-01-04', 1)).toEqual({ from: '2025-01', to: '2025-12' });
  });

  it('the filters choose: `open` runs the preset to the month in progress', () => {
    expect(resolveRange(read(''), '2026-12-04', 1)).toEqual({ from: '2025-12', to: '2026-11' });
    expect(resolveRange(read('open=1'), '2026-12-04', 1)).toEqual({ from: '2026-01', to: '2026-12' });
  });

  it('a custom range uses its own months', () => {
    expect(resolveRange(read('range=custom&from=2024-03&to=2024-05'), '2026-11-15', 1)).toEqual({
      from: '2024-03',
      to: '2024-05',
    });
  });
});

describe('openMonthIn', () => {
  it('names the month in progress when the range holds it', () => {
    expect(openMonthIn({ from: '2026-01', to: '2026-12' }, '2026-12-04')).toBe('2026-12');
    expect(openMonthIn({ from: '2025-12', to: '2026-11' }, '2026-12-04')).toBeNull();
    expect(openMonthIn({ from: '2027-01', to: '2027-03' }, '2026-12-04')).toBeNull();
  });
});

describe('selectionOf', () => {
  it('gives the range, the year before, the month in progress and both inputs the filters make', () => {
    // The fiscal year from April, today 2026-11-15, BPO at Acme, months in progress included: April to March.
    expect(selectionOf(read('range=fy&open=1&type=BPO&vendor=Acme'), '2026-11-15', 4)).toEqual({
      range: { from: '2026-04', to: '2027-03' },
      comparison: { from: '2025-04', to: '2025-11' },
      openMonth: '2026-11',
      input: { from: '2026-04', to: '2027-03', types: ['BPO'], vendors: ['Acme'] },
      comparisonInput: { from: '2025-04', to: '2025-11', types: ['BPO'], vendors: ['Acme'] },
    });
    // A custom range after today has nothing to compare.
    const later = selectionOf(read('range=custom&from=2027-01&to=2027-03'), '2026-11-15', 1);
    expect([later.comparison, later.comparisonInput, later.openMonth]).toEqual([null, null, null]);
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

  it('has nothing to compare for a range that starts after today’s month', () => {
    expect(comparisonRange('custom', { from: '2027-02', to: '2027-03' }, '2026-11-15')).toBeNull();
    expect(comparisonRange('custom', { from: '2026-11', to: '2027-03' }, '2026-11-15')).toEqual({
      from: '2026-10',
      to: '2026-10',
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

describe('filterProblems', () => {
  const known = { vendors: ['Acme Services'], businessUnits: ['HR'] };
  const problems = (query: string) => filterProblems(new URLSearchParams(query), known);

  it('says a vendor or business unit that is not on record, and how to clear it', () => {
    expect(problems('vendor=Nonexistent&bu=HR')).toEqual([
      {
        message: 'No vendor is named “Nonexistent”: nothing matches, so every figure is zero.',
        clear: { vendor: null },
      },
    ]);
    expect(problems('vendor=Acme+Services&bu=Legal').map((p) => p.message)).toEqual([
      'There is no business unit “Legal”: nothing matches, so every figure is zero.',
    ]);
    // Before the names are loaded, nothing is judged.
    expect(filterProblems(new URLSearchParams('vendor=Nonexistent'), null)).toEqual([]);
  });

  it('says a reversed range is shown as the last 12 months, and offers the months the right way round', () => {
    expect(problems('range=custom&from=2026-09&to=2026-03')).toEqual([
      {
        message: 'The range Sep 2026 – Mar 2026 ends before it starts: showing the last 12 months.',
        clear: { range: 'last12', from: null, to: null },
        fix: {
          label: 'Show Mar 2026 – Sep 2026',
          patch: { range: 'custom', from: '2026-03', to: '2026-09' },
        },
      },
    ]);
    expect(problems('range=custom&from=2026-09').map((p) => p.message)).toEqual([
      'A custom range needs a first and a last month (YYYY-MM): showing the last 12 months.',
    ]);
    expect(problems('range=forever').map((p) => p.message)).toEqual([
      'There is no range “forever”: showing the last 12 months.',
    ]);
  });

  it('says words a list does not have, and a service line of the other type', () => {
    expect(problems('type=XPO&line=knitting&location=moon').map((p) => p.message)).toEqual([
      'There is no type “XPO”: it is not applied.',
      'There is no service line “knitting”: it is not applied.',
      'There is no location “moon”: it is not applied.',
    ]);
    expect(problems('type=BPO&line=market_research').map((p) => p.message)).toEqual([
      'Market research is KPO work: with the type BPO, nothing matches.',
    ]);
    expect(problems('range=ytd&type=BPO&line=hr_payroll&vendor=Acme+Services')).toEqual([]);
  });
});

describe('filterWords', () => {
  it('names the set filters for a file name', () => {
    expect(filterWords(read('type=BPO&vendor=Acme&line=hr_payroll&location=offshore&bu=HR'))).toEqual([
      'BPO',
      'Acme',
      'HR & payroll',
      'offshore',
      'HR',
    ]);
    expect(filterWords(DEFAULT_FILTERS)).toEqual([]);
  });
});
