import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAT_VIEW, failureCounts, viewHeatRows } from './heatmap-view.ts';
import type { HeatCell, HeatRow } from './sla-data.ts';

/** A row whose cells have the statuses given by letters: m met, x missed, b breached, u unreported, - none. */
function row(
  engagement: string,
  sla: string,
  statuses: string,
  names = ['Customer care', 'Speed of answer'],
): HeatRow {
  const status = { m: 'met', x: 'missed', b: 'breached', u: 'unreported', '-': 'none' } as const;
  return {
    engagement,
    engagementName: names[0] ?? '',
    sla,
    slaName: names[1] ?? '',
    title: `${engagement} · ${sla}`,
    critical: false,
    cells: [...statuses].map(
      (letter, i): HeatCell => ({
        period: `2026-0${i + 1}`,
        status: status[letter as keyof typeof status],
        symbol: '',
        label: '',
        note: null,
      }),
    ),
  };
}

const rows = [
  row('ENG-001', 'ASA', 'mmxm'),
  row('ENG-001', 'CSAT', 'mmmm'),
  row('ENG-002', 'ACC', 'bxum', ['Payroll', 'Payroll accuracy']),
  row('ENG-003', 'OTD', 'xxm-', ['Market research', 'Reports on time']),
  row('ENG-004', 'FCR', 'uumm', ['Help desk', 'First contact resolution']),
];
const codes = (shown: HeatRow[]) => shown.map((r) => `${r.engagement}/${r.sla}`);

describe('failureCounts', () => {
  it('counts a breach as a miss too, and the unreported months apart', () => {
    expect(failureCounts(rows[2] as HeatRow)).toEqual({ misses: 2, breached: 1, unreported: 1 });
  });
});

describe('viewHeatRows', () => {
  it('shows every row in code order by default', () => {
    expect(codes(viewHeatRows(rows, DEFAULT_HEAT_VIEW))).toEqual([
      'ENG-001/ASA',
      'ENG-001/CSAT',
      'ENG-002/ACC',
      'ENG-003/OTD',
      'ENG-004/FCR',
    ]);
  });

  it('filters to the rows with at least one cell of the status', () => {
    const only = (filter: 'missed' | 'breached' | 'unreported') =>
      codes(viewHeatRows(rows, { ...DEFAULT_HEAT_VIEW, filter }));
    expect(only('missed')).toEqual(['ENG-001/ASA', 'ENG-002/ACC', 'ENG-003/OTD']);
    expect(only('breached')).toEqual(['ENG-002/ACC']);
    expect(only('unreported')).toEqual(['ENG-002/ACC', 'ENG-004/FCR']);
  });

  it('sorts worst first: most misses, then breaches, then unreported months, then code order', () => {
    // ACC and OTD both miss twice, ACC with a breach; ASA misses once; FCR has two unreported months, CSAT nothing.
    expect(codes(viewHeatRows(rows, { ...DEFAULT_HEAT_VIEW, sort: 'worst' }))).toEqual([
      'ENG-002/ACC',
      'ENG-003/OTD',
      'ENG-001/ASA',
      'ENG-004/FCR',
      'ENG-001/CSAT',
    ]);
  });

  it('searches the engagement and SLA, codes and names, any case, every word', () => {
    const find = (search: string) => codes(viewHeatRows(rows, { ...DEFAULT_HEAT_VIEW, search }));
    expect(find('payroll')).toEqual(['ENG-002/ACC']);
    expect(find('eng-001 csat')).toEqual(['ENG-001/CSAT']);
    expect(find('  ')).toHaveLength(5);
    expect(find('no such thing')).toEqual([]);
  });

  it('combines the filter, the search and the order', () => {
    expect(codes(viewHeatRows(rows, { filter: 'missed', sort: 'worst', search: 'ENG-00' }))).toEqual([
      'ENG-002/ACC',
      'ENG-003/OTD',
      'ENG-001/ASA',
    ]);
  });
});
