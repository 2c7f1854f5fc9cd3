import { describe, expect, it } from 'vitest';
import { type AlertLine, renderAlerts } from './render-alerts.ts';

const alert = (overrides: Partial<AlertLine>): AlertLine => ({
  key: 'chronic:ENG-101/ASA',
  kind: 'chronic_miss',
  severity: 'warning',
  state: 'open',
  title: 'ENG-101 ASA · Average speed of answer: missed 4 of the last 12 months',
  detail: 'Below the expected 30 seconds in 4 months: Dec 2025, Mar 2026, Jun 2026, Sep 2026.',
  link: '/slas/ENG-101/ASA?range=custom&from=2025-11&to=2026-11',
  acknowledgement: null,
  ...overrides,
});

describe('renderAlerts', () => {
  it('groups the alerts by kind with their detail and the link to the evidence', () => {
    const text = renderAlerts({
      today: '2026-11-15',
      counts: { critical: 1, warning: 1, info: 0, shown: 2, acknowledged: 1 },
      alerts: [
        alert({}),
        alert({
          key: 'renewal:ENG-103',
          kind: 'renewal',
          severity: 'critical',
          title: 'ENG-103 · Market research ends in 30 days (Dec 15, 2026)',
          detail:
            'Insight Partners, KPO: decide on renewal within 30 days, on the evidence of the last 12 months.',
          link: '/engagements/ENG-103?range=custom&from=2025-12&to=2026-11',
        }),
      ],
    });
    expect(text.split('\n')).toEqual([
      'Alerts on 2026-11-15: 1 critical, 1 warning, 0 info (1 acknowledged, hidden: --all shows them)',
      '',
      'Chronic misses (1)',
      '  WARNING   ENG-101 ASA · Average speed of answer: missed 4 of the last 12 months',
      '            Below the expected 30 seconds in 4 months: Dec 2025, Mar 2026, Jun 2026, Sep 2026.',
      '            /slas/ENG-101/ASA?range=custom&from=2025-11&to=2026-11',
      '',
      'Renewals (1)',
      '  CRITICAL  ENG-103 · Market research ends in 30 days (Dec 15, 2026)',
      '            Insight Partners, KPO: decide on renewal within 30 days, on the evidence of the last 12 months.',
      '            /engagements/ENG-103?range=custom&from=2025-12&to=2026-11',
    ]);
  });

  it('shows acknowledgements of listed alerts, and says when there is nothing', () => {
    const acknowledged = renderAlerts({
      today: '2026-11-15',
      counts: { critical: 0, warning: 0, info: 0, shown: 0, acknowledged: 1 },
      alerts: [
        alert({
          state: 'acknowledged',
          acknowledgement: {
            comment: 'Plan agreed',
            actor: 'ops@example.com',
            at: '2026-11-15T10:00:00Z',
            magnitude: 4,
          },
        }),
      ],
    });
    expect(acknowledged).toContain('(1 acknowledged)');
    expect(acknowledged).toContain('missed 4 of the last 12 months [acknowledged]');
    expect(acknowledged).toContain('acknowledged by ops@example.com on 2026-11-15 at 4: Plan agreed');
    expect(
      renderAlerts({
        today: '2026-11-15',
        counts: { critical: 0, warning: 0, info: 0, shown: 0, acknowledged: 0 },
        alerts: [],
      }),
    ).toBe('Alerts on 2026-11-15: 0 critical, 0 warning, 0 info\n\nNothing needs attention.');
  });
});
