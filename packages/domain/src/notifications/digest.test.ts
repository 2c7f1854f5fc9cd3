import { describe, expect, it } from 'vitest';
import type { AcknowledgedState } from '../alerts/acknowledgements.ts';
import { type AlertBase, type AlertKind, type AlertSeverity, emptySubject } from '../alerts/alert.ts';
import { composeDigest } from './digest.ts';
import { defaultSubscription } from './subscription.ts';

type Listed = AlertBase & AcknowledgedState;

function alert(
  key: string,
  kind: AlertKind,
  severity: AlertSeverity,
  magnitude: number,
  state = 'open',
): Listed {
  return {
    key,
    kind,
    severity,
    magnitude,
    title: key,
    detail: '',
    subject: emptySubject(),
    link: '/alerts',
    state: state as Listed['state'],
    acknowledgement: null,
  };
}

const ALERTS = [
  alert('chronic:ENG-001/ASA', 'chronic_miss', 'critical', 6),
  alert('budget:ENG-010', 'budget_overrun', 'critical', 12.5),
  alert('at-risk:ENG-002/SVL', 'sla_at_risk', 'warning', 0.59),
  alert('chronic:ENG-003/OTD', 'chronic_miss', 'warning', 4, 'acknowledged'),
  alert('deliverable:ENG-017/D1', 'deliverable_due', 'info', 1),
];
const ops = defaultSubscription('ops');
const keys = (list: readonly Listed[]) => list.map((a) => a.key);

describe('composeDigest', () => {
  it('the first digest: every shown alert of the subscription’s kinds and severities is new', () => {
    const digest = composeDigest(ALERTS, ops, null);
    expect(keys(digest.fresh)).toEqual([
      'chronic:ENG-001/ASA',
      'at-risk:ENG-002/SVL',
      'deliverable:ENG-017/D1',
    ]);
    expect(digest.open).toEqual([]);
    expect(digest.items).toEqual([
      { key: 'chronic:ENG-001/ASA', magnitude: 6 },
      { key: 'at-risk:ENG-002/SVL', magnitude: 0.59 },
      { key: 'deliverable:ENG-017/D1', magnitude: 1 },
    ]);
    expect(digest.send).toBe(true);
  });

  it('what the last digest carried is still open; what is worse than then is new again', () => {
    const previous = [
      { key: 'chronic:ENG-001/ASA', magnitude: 5 },
      { key: 'at-risk:ENG-002/SVL', magnitude: 0.59 },
      { key: 'deliverable:ENG-017/D1', magnitude: 1 },
    ];
    const digest = composeDigest(ALERTS, ops, previous);
    expect(keys(digest.fresh)).toEqual(['chronic:ENG-001/ASA']);
    expect(keys(digest.open)).toEqual(['at-risk:ENG-002/SVL', 'deliverable:ENG-017/D1']);
  });

  it('nothing new: not sent, unless the subscriber asked for one every time', () => {
    const previous = composeDigest(ALERTS, ops, null).items;
    expect(composeDigest(ALERTS, ops, previous)).toMatchObject({ fresh: [], send: false });
    expect(composeDigest(ALERTS, { ...ops, sendWhenEmpty: true }, previous).send).toBe(true);
    expect(composeDigest([], { ...ops, sendWhenEmpty: true }, null)).toMatchObject({ items: [], send: true });
  });

  it('an acknowledged alert leaves the digest; worse than acknowledged, it is back', () => {
    const acknowledged = ALERTS.map((a) =>
      a.key === 'chronic:ENG-001/ASA' ? { ...a, state: 'acknowledged' as const } : a,
    );
    expect(keys(composeDigest(acknowledged, ops, null).fresh)).not.toContain('chronic:ENG-001/ASA');
    const worsened = ALERTS.map((a) =>
      a.key === 'chronic:ENG-003/OTD' ? { ...a, state: 'worsened' as const } : a,
    );
    expect(keys(composeDigest(worsened, ops, null).fresh)).toContain('chronic:ENG-003/OTD');
  });

  it('severities narrow the kinds: finance’s critical alerts only', () => {
    const finance = { ...defaultSubscription('finance'), severities: ['critical' as const] };
    expect(keys(composeDigest(ALERTS, finance, null).fresh)).toEqual(['budget:ENG-010']);
  });
});
