import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../lib/filters.ts';
import {
  alertFilter,
  calendarMonths,
  evidenceLabel,
  groupAlerts,
  mayAcknowledge,
  worstSeverity,
} from './alert-view.ts';

describe('alert view helpers', () => {
  it('turns the shared filters into an engagement filter, leaving the range out', () => {
    expect(alertFilter(DEFAULT_FILTERS)).toEqual({});
    expect(
      alertFilter({ ...DEFAULT_FILTERS, range: 'ytd', type: 'KPO', vendor: 'Acme', businessUnit: 'HR' }),
    ).toEqual({ types: ['KPO'], vendors: ['Acme'], businessUnits: ['HR'] });
  });

  it('groups alerts by kind in the rules’ order, keeping the empty kinds', () => {
    const groups = groupAlerts([
      { kind: 'renewal' as const, key: 'renewal:ENG-1' },
      { kind: 'sla_at_risk' as const, key: 'at-risk:ENG-1/A' },
      { kind: 'renewal' as const, key: 'renewal:ENG-2' },
    ]);
    expect(groups.map((g) => [g.kind, g.alerts.map((a) => a.key)])).toEqual([
      ['sla_at_risk', ['at-risk:ENG-1/A']],
      ['chronic_miss', []],
      ['missing_report', []],
      ['renewal', ['renewal:ENG-1', 'renewal:ENG-2']],
      ['budget_overrun', []],
      ['deliverable_due', []],
    ]);
  });

  it('names the evidence, and knows who acknowledges what', () => {
    expect(evidenceLabel({ kind: 'budget_overrun', subject: { engagement: null } })).toBe(
      'Spend against budget',
    );
    expect(evidenceLabel({ kind: 'chronic_miss', subject: { engagement: 'ENG-1' } })).toBe(
      'SLA trend and credits',
    );
    expect(mayAcknowledge('budget_overrun', { operations: true, finance: false })).toBe(false);
    expect(mayAcknowledge('renewal', { operations: true, finance: false })).toBe(true);
    expect(worstSeverity({ critical: 0, warning: 2, info: 1, shown: 3, acknowledged: 0 })).toBe('warning');
    expect(worstSeverity({ critical: 0, warning: 0, info: 0, shown: 0, acknowledged: 4 })).toBeNull();
  });

  it('lays out four months from Monday with each renewal on its end date', () => {
    const months = calendarMonths('2026-11-15', [
      { endDate: '2026-12-10', code: 'ENG-010' },
      { endDate: '2027-02-13', code: 'ENG-020' },
    ]);
    expect(months.map((m) => m.period)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    const [november, december] = months;
    // 1 November 2026 is a Sunday: six empty cells first; 30 days → 5 weeks.
    expect(november?.weeks[0]?.map((cell) => cell?.day ?? null)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      1,
    ]);
    expect(november?.weeks).toHaveLength(6);
    const fifteenth = november?.weeks.flat().find((cell) => cell?.day === 15);
    expect(fifteenth).toMatchObject({ isToday: true, isPast: false });
    expect(november?.weeks.flat().find((cell) => cell?.day === 14)?.isPast).toBe(true);
    // 1 December 2026 is a Tuesday.
    expect(december?.weeks[0]?.map((cell) => cell?.day ?? null)).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(december?.weeks.flat().find((cell) => cell?.day === 10)?.entries).toEqual([
      { endDate: '2026-12-10', code: 'ENG-010' },
    ]);
  });
});
