import { describe, expect, it } from 'vitest';
import { type AlertFacts, buildAlerts } from './build-alerts.ts';

const NONE: AlertFacts = {
  monthToDate: [],
  trends: [],
  chronic: [],
  missingReports: [],
  renewals: [],
  budget: { terms: [], charges: [], fxRates: [] },
  deliverables: [],
};

describe('buildAlerts', () => {
  it('raises nothing from nothing', () => {
    expect(buildAlerts(NONE, { today: '2026-11-15', fiscalYearStart: 1, currency: 'USD' })).toEqual([]);
  });

  it('runs every rule on today and the fiscal year of its context, most severe first', () => {
    const facts: AlertFacts = {
      ...NONE,
      renewals: [
        {
          engagement: 'ENG-2',
          engagementName: 'Payroll',
          vendor: 'Acme',
          type: 'BPO',
          owner: null,
          endDate: '2027-01-20',
        },
      ],
      budget: {
        // 12,000.00 a year; 1,100.00 a month since April → 8,800.00 in 8 months → 13,200.00: 10 % over.
        terms: [
          {
            id: 1,
            code: 'ENG-1',
            name: 'Support',
            vendor: 'Acme',
            currency: 'USD',
            annualBudget: '12000.00',
            startDate: '2020-01-01',
            endDate: null,
          },
        ],
        charges: ['04', '05', '06', '07', '08', '09', '10', '11'].map((m) => ({
          engagementId: 1,
          period: `2026-${m}`,
          total: '1100.00',
        })),
        fxRates: [],
      },
      missingReports: [
        {
          engagement: 'ENG-4',
          engagementName: 'Claims',
          vendor: 'Acme',
          sla: 'ACC',
          slaName: 'Accuracy',
          missing: ['2026-10'],
        },
      ],
      deliverables: [
        {
          engagement: 'ENG-3',
          engagementName: 'Research',
          vendor: 'Insight',
          code: 'D-1',
          title: 'Study',
          dueDate: '2026-11-16',
          deliveredDate: null,
          status: 'in_progress',
        },
      ],
    };
    const alerts = buildAlerts(facts, { today: '2026-11-15', fiscalYearStart: 4, currency: 'USD' });
    expect(alerts.map((a) => [a.key, a.severity])).toEqual([
      ['budget:ENG-1', 'critical'],
      ['missing:ENG-4', 'warning'],
      ['renewal:ENG-2', 'info'],
      ['deliverable:ENG-3/D-1', 'info'],
    ]);
    expect(alerts[0]?.data).toMatchObject({ fiscalYear: 'FY2027', forecast: '13200.00', overrunPct: 10 });
    // On the calendar year, January–March would count as well (no charges there: 8,800.00 in 11 months).
    const calendar = buildAlerts(facts, { today: '2026-11-15', fiscalYearStart: 1, currency: 'USD' });
    expect(calendar.find((a) => a.kind === 'budget_overrun')).toBeUndefined();
  });
});
