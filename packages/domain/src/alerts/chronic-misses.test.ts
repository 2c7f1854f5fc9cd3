import { describe, expect, it } from 'vitest';
import {
  type ChronicFact,
  chronicMissAlerts,
  chronicMisses,
  chronicWindow,
  type SlaFailure,
} from './chronic-misses.ts';

// Today is in November 2026: the last 12 closed months are November 2025 to October 2026.
const CURRENT = '2026-11';
const WINDOW = chronicWindow(CURRENT);
const missed = (...periods: string[]): SlaFailure[] =>
  periods.map((period) => ({ period, status: 'missed' }));

const ASA: Omit<ChronicFact, 'failures'> = {
  engagement: 'ENG-001',
  engagementName: 'Consumer care',
  vendor: 'Acme',
  sla: 'ASA',
  slaName: 'Average speed of answer',
  unit: 'seconds',
  direction: 'lower_is_better',
  expected: '30',
  minimum: '45',
  kind: 'critical',
};

describe('chronicMisses', () => {
  it('counts the 12 months before the current one', () => {
    expect(WINDOW).toEqual({ from: '2025-11', to: '2026-10' });
  });

  it('boundary: exactly 4 misses in 12 months, none in a row and none breached, is chronic', () => {
    const result = chronicMisses(missed('2025-12', '2026-03', '2026-06', '2026-09'), WINDOW);
    expect(result).toMatchObject({ misses: 4, breached: 0, longestRun: 1, ongoingRun: 0, flagged: true });
  });

  it('3 misses apart are not chronic; 3 months in a row are', () => {
    expect(chronicMisses(missed('2025-12', '2026-03', '2026-06'), WINDOW).flagged).toBe(false);
    expect(chronicMisses(missed('2026-04', '2026-05', '2026-06'), WINDOW)).toMatchObject({
      misses: 3,
      longestRun: 3,
      longestRunFrom: '2026-04',
      ongoingRun: 0,
      flagged: true,
    });
  });

  it('a met or unreported month ends a run: missed Apr, May, Jul, Aug is chronic by its 4 misses alone', () => {
    expect(chronicMisses(missed('2026-04', '2026-05', '2026-07', '2026-08'), WINDOW)).toMatchObject({
      misses: 4,
      longestRun: 2,
      flagged: true,
    });
  });

  it('counts breached months as misses of the expected level', () => {
    const failures: SlaFailure[] = [
      { period: '2026-08', status: 'missed' },
      { period: '2026-09', status: 'breached' },
      { period: '2026-10', status: 'missed' },
    ];
    expect(chronicMisses(failures, WINDOW)).toMatchObject({
      misses: 3,
      breached: 1,
      ongoingRun: 3,
      flagged: true,
    });
  });
});

describe('chronicMissAlerts', () => {
  it('ignores months outside the window: 13 months ago and the current month', () => {
    const fact = { ...ASA, failures: missed('2025-10', '2025-12', '2026-02', '2026-11') };
    expect(chronicMissAlerts([fact], CURRENT)).toEqual([]);
  });

  it('4 misses apart: a warning whose magnitude is the months missed, linking to the SLA over the window', () => {
    const [alert] = chronicMissAlerts(
      [{ ...ASA, failures: missed('2025-12', '2026-03', '2026-06', '2026-09') }],
      CURRENT,
    );
    expect(alert).toMatchObject({
      key: 'chronic:ENG-001/ASA',
      kind: 'chronic_miss',
      severity: 'warning',
      magnitude: 4,
      title: 'ENG-001 ASA · Average speed of answer: missed 4 of the last 12 months',
      link: '/slas/ENG-001/ASA?range=custom&from=2025-11&to=2026-11',
      data: { misses: 4, longestRun: 1, failedMonths: ['2025-12', '2026-03', '2026-06', '2026-09'] },
    });
    expect(alert?.detail).toBe(
      'Below the expected 30 seconds in 4 months: Dec 2025, Mar 2026, Jun 2026, Sep 2026.',
    );
  });

  it('is critical for a run up to the last closed month, or 6 misses or more', () => {
    const ongoing = chronicMissAlerts(
      [{ ...ASA, failures: missed('2026-08', '2026-09', '2026-10') }],
      CURRENT,
    );
    expect(ongoing[0]).toMatchObject({ severity: 'critical', magnitude: 3 });
    expect(ongoing[0]?.detail).toContain('3 months in a row from Aug 2026');
    const six = missed('2025-11', '2026-01', '2026-03', '2026-05', '2026-07', '2026-09');
    expect(chronicMissAlerts([{ ...ASA, failures: six }], CURRENT)[0]).toMatchObject({
      severity: 'critical',
      magnitude: 6,
    });
    const five = six.slice(1);
    expect(chronicMissAlerts([{ ...ASA, failures: five }], CURRENT)[0]?.severity).toBe('warning');
  });
});
