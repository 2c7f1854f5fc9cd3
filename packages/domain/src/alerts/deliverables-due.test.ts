import { describe, expect, it } from 'vitest';
import { deliverableDueAlerts, deliverableDueStage, type OpenDeliverableFact } from './deliverables-due.ts';

const TODAY = '2026-11-15';
const due = (dueDate: string, overrides: Partial<OpenDeliverableFact> = {}): OpenDeliverableFact => ({
  engagement: 'ENG-017',
  engagementName: 'Competitive intelligence',
  vendor: 'Thameside',
  code: 'D-0001',
  title: 'Pricing study',
  dueDate,
  deliveredDate: null,
  status: 'in_progress',
  ...overrides,
});

describe('deliverableDueStage on 2026-11-15', () => {
  it('boundaries: due yesterday is overdue, due today or within 6 days is due this week, in 7 days nothing yet', () => {
    expect(
      ['2026-11-14', '2026-11-15', '2026-11-21', '2026-11-22'].map((d) => deliverableDueStage(due(d), TODAY)),
    ).toEqual(['overdue', 'due_soon', 'due_soon', null]);
  });

  it('overdue by 30 days is overdue, by 31 long overdue', () => {
    expect(deliverableDueStage(due('2026-10-16'), TODAY)).toBe('overdue');
    expect(deliverableDueStage(due('2026-10-15'), TODAY)).toBe('long_overdue');
  });

  it('delivered by today or cancelled is nothing; a delivery dated after today does not count yet', () => {
    expect(deliverableDueStage(due('2026-11-14', { deliveredDate: '2026-11-15' }), TODAY)).toBeNull();
    expect(deliverableDueStage(due('2026-11-14', { status: 'cancelled' }), TODAY)).toBeNull();
    expect(deliverableDueStage(due('2026-11-14', { deliveredDate: '2026-11-16' }), TODAY)).toBe('overdue');
  });
});

describe('deliverableDueAlerts', () => {
  it('one alert per deliverable: info when due, warning overdue, critical long overdue (magnitude 1, 2, 3)', () => {
    const alerts = deliverableDueAlerts(
      [
        due('2026-11-17', { code: 'D-0003' }),
        due('2026-11-12', { code: 'D-0002' }),
        due('2026-09-30', { code: 'D-0001' }),
      ],
      TODAY,
    );
    expect(alerts.map((a) => [a.key, a.severity, a.magnitude, a.data.daysOverdue])).toEqual([
      ['deliverable:ENG-017/D-0003', 'info', 1, -2],
      ['deliverable:ENG-017/D-0002', 'warning', 2, 3],
      ['deliverable:ENG-017/D-0001', 'critical', 3, 46],
    ]);
    expect(alerts[1]).toMatchObject({
      title: 'ENG-017 D-0002 · Pricing study: 3 days overdue',
      link: '/engagements/ENG-017?range=custom&from=2025-12&to=2026-11',
    });
    expect(alerts[0]?.title).toBe('ENG-017 D-0003 · Pricing study: due in 2 days');
  });
});
