import { describe, expect, it } from 'vitest';
import { applyAcknowledgements, countAlerts } from './acknowledgements.ts';
import type { AlertBase } from './alert.ts';

const alert = (key: string, magnitude: number, severity: AlertBase['severity'] = 'warning'): AlertBase => ({
  key,
  kind: 'chronic_miss',
  severity,
  title: key,
  detail: '',
  magnitude,
  subject: { engagement: null, engagementName: null, vendor: null, sla: null, deliverable: null },
  link: '/',
});
const ack = (key: string, magnitude: number) => ({
  key,
  magnitude,
  comment: 'Vendor recovery plan agreed',
  actor: 'ops@example.com',
  at: '2026-11-15T09:00:00.000Z',
});

describe('applyAcknowledgements', () => {
  it('hides an alert acknowledged at the same or a larger magnitude, and shows it again once it grows past it', () => {
    const listed = applyAcknowledgements(
      [
        alert('chronic:A', 4),
        alert('chronic:B', 4),
        alert('chronic:C', 5),
        alert('chronic:D', 3, 'critical'),
      ],
      [ack('chronic:A', 4), ack('chronic:B', 5), ack('chronic:C', 4)],
    );
    expect(listed.map((a) => [a.key, a.state])).toEqual([
      ['chronic:A', 'acknowledged'],
      ['chronic:B', 'acknowledged'],
      ['chronic:C', 'worsened'],
      ['chronic:D', 'open'],
    ]);
    expect(listed[2]?.acknowledgement?.comment).toBe('Vendor recovery plan agreed');
    expect(countAlerts(listed)).toEqual({ critical: 1, warning: 1, info: 0, shown: 2, acknowledged: 2 });
  });
});
