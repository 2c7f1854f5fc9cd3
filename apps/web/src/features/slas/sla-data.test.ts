import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { pickSla, toHeatmap } from './sla-data.ts';

type Grid = RouterOutputs['report']['slaGrid'];
const sla = {
  slaId: 1,
  engagementName: 'Payroll',
  startDate: '2025-03-10',
  endDate: '2025-05-20',
  unit: '%',
  direction: 'higher_is_better',
  expected: '99.5',
  minimum: '98',
} as const;
const grid: Grid = {
  months: ['2025-02', '2025-03', '2025-04'],
  truncated: false,
  rows: [
    {
      ...sla,
      engagement: 'ENG-002',
      code: 'ACC',
      name: 'Payroll accuracy',
      kind: 'critical',
      cells: [
        { period: '2025-02', status: null, actual: null, note: null },
        { period: '2025-03', status: 'missed', actual: '99.0', note: 'storm week' },
        { period: '2025-04', status: 'unreported', actual: null, note: null },
      ],
    },
    {
      ...sla,
      engagement: 'ENG-002',
      code: 'TMY',
      name: 'Timeliness',
      kind: 'key',
      cells: [
        { period: '2025-02', status: null, actual: null, note: null },
        { period: '2025-03', status: 'breached', actual: '90', note: null },
        { period: '2025-04', status: 'met', actual: '100', note: null },
      ],
    },
  ],
};

describe('toHeatmap', () => {
  it('marks the month in progress: its column, and the label of each of its cells', () => {
    const heat = toHeatmap(grid, '2025-04');
    expect(heat.months.map((m) => m.inProgress)).toEqual([false, false, true]);
    expect(heat.rows[0]?.cells[2]?.label).toBe('ENG-002 ACC, Apr 2025 (in progress): unreported');
    expect(toHeatmap(grid).months.every((m) => !m.inProgress)).toBe(true);
  });

  it('gives each cell a symbol besides its colour, and a label that says it all', () => {
    const heat = toHeatmap(grid);
    expect(heat.months.map((m) => m.label)).toEqual(['Feb 25', 'Mar 25', 'Apr 25']);
    expect(heat.rows[0]?.cells.map((c) => [c.status, c.symbol])).toEqual([
      ['none', ''],
      ['missed', '!'],
      ['unreported', '?'],
    ]);
    // The vendor's note is said and shown with the cell.
    expect(heat.rows[0]?.cells[1]?.label).toBe(
      'ENG-002 ACC, Mar 2025: missed (99.0). Reason given: storm week',
    );
    expect(heat.rows[1]?.cells[1]?.label).toBe('ENG-002 TMY, Mar 2025: breached (90)');
    expect(heat.rows[0]?.cells[0]?.label).toBe('ENG-002 ACC, Feb 2025: not running');
    expect(heat.rows[1]).toMatchObject({ title: 'ENG-002 · TMY Timeliness', critical: false });
  });
});

describe('pickSla', () => {
  it('keeps a valid choice, else shows the first SLA that breached', () => {
    expect(pickSla(grid, 'ENG-002/ACC')).toBe('ENG-002/ACC');
    expect(pickSla(grid, 'ENG-404/X')).toBe('ENG-002/TMY');
    expect(pickSla(grid, null)).toBe('ENG-002/TMY');
    expect(pickSla({ ...grid, rows: [] }, null)).toBeNull();
  });
});
