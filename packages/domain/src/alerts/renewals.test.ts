import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '../portfolio/series.ts';
import {
  type RenewalFact,
  renewalAlerts,
  renewalEvidenceRange,
  renewalWindow,
  upcomingRenewals,
  withRenewalEvidence,
} from './renewals.ts';

const TODAY = '2026-11-15';
const ending = (engagement: string, endDate: string): RenewalFact => ({
  engagement,
  engagementName: `Engagement ${engagement}`,
  vendor: 'Acme',
  type: 'BPO',
  owner: 'Maria Chen',
  endDate,
});

describe('renewalWindow', () => {
  it('puts 0–30 days in the 30-day window, 31–60 in the 60-day one, 61–90 in the 90-day one', () => {
    expect([-1, 0, 30, 31, 60, 61, 90, 91].map(renewalWindow)).toEqual([null, 30, 30, 60, 60, 90, 90, null]);
  });
});

describe('upcomingRenewals on 2026-11-15', () => {
  it('boundary: a contract ending in exactly 30 days (2026-12-15) is in the 30-day window; a day later in the 60-day one', () => {
    const rows = upcomingRenewals(
      [
        ending('ENG-005', '2027-02-14'),
        ending('ENG-004', '2027-02-13'),
        ending('ENG-003', '2027-01-15'),
        ending('ENG-002', '2026-12-16'),
        ending('ENG-001', '2026-12-15'),
        ending('ENG-006', '2026-11-15'),
        ending('ENG-007', '2026-11-14'),
      ],
      TODAY,
    );
    expect(rows.map((r) => [r.engagement, r.daysLeft, r.window])).toEqual([
      ['ENG-006', 0, 30],
      ['ENG-001', 30, 30],
      ['ENG-002', 31, 60],
      ['ENG-003', 61, 90],
      ['ENG-004', 90, 90],
    ]);
  });
});

describe('renewalAlerts', () => {
  it('grow more severe, and larger in magnitude, as the end comes nearer', () => {
    const alerts = renewalAlerts(
      [ending('ENG-001', '2026-12-15'), ending('ENG-002', '2027-01-14'), ending('ENG-003', '2027-02-13')],
      TODAY,
    );
    expect(alerts.map((a) => [a.key, a.severity, a.magnitude])).toEqual([
      ['renewal:ENG-001', 'critical', 3],
      ['renewal:ENG-002', 'warning', 2],
      ['renewal:ENG-003', 'info', 1],
    ]);
    expect(alerts[0]).toMatchObject({
      title: 'ENG-001 · Engagement ENG-001 ends in 30 days (Dec 15, 2026)',
      link: '/engagements/ENG-001?range=custom&from=2025-12&to=2026-11',
      data: { daysLeft: 30, window: 30 },
    });
  });
});

describe('withRenewalEvidence', () => {
  it('sets the last 12 months’ figures of the report’s series beside each renewal; insight for KPO only', () => {
    expect(renewalEvidenceRange(TODAY)).toEqual({ from: '2025-12', to: '2026-11' });
    const point = {
      key: 'ENG-001',
      period: null,
      charges: '1200.00',
      netCost: '1100.00',
      creditsOwed: '100.00',
      creditsPending: '0.00',
      creditsEarnedBack: '0.00',
      baseline: '2000.00',
      savings: '900.00',
      savingsPct: 45,
      plannedSavings: '800.00',
      sla: { met: 10, missed: 1, breached: 1, unreported: 0, attainmentPct: (10 * 100) / 12 },
      insight: { delivered: 0 },
    } as unknown as SeriesPoint;
    const [withEvidence, without] = withRenewalEvidence(
      upcomingRenewals([ending('ENG-001', '2026-12-01'), ending('ENG-002', '2026-12-02')], TODAY),
      [point],
    );
    expect(withEvidence?.evidence).toMatchObject({
      creditsOwed: '100.00',
      savings: '900.00',
      savingsPct: 45,
      sla: { attainmentPct: (10 * 100) / 12 },
      insight: null,
    });
    expect(without?.evidence).toBeNull();
  });
});
