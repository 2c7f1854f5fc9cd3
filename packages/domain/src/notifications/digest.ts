import type { AcknowledgedState } from '../alerts/acknowledgements.ts';
import { alertShows } from '../alerts/acknowledgements.ts';
import type { AlertBase } from '../alerts/alert.ts';
import type { Subscription } from './subscription.ts';

/** What a digest carried of an alert, kept with the digest to tell what is new in the next one. */
export type DigestItem = { key: string; magnitude: number };

export type ComposedDigest<A> = {
  /** New since the last digest: not in it, or worse (a larger magnitude) than it was then. */
  fresh: A[];
  /** Still open: in the last digest already, and no worse. */
  open: A[];
  /** Every alert of the digest, to compare the next one with. */
  items: DigestItem[];
  /** Whether it goes out: something is new, or the subscriber asked for one every time. */
  send: boolean;
};

/**
 * A digest from the alerts as the Alerts page lists them (most severe first): those that show (acknowledged ones
 * do not, unless worse since), of the subscription's kinds and severities, split into what is new since the
 * previous digest (`previous`; null before the first, when everything is new) and what is still open.
 */
export function composeDigest<A extends AlertBase & AcknowledgedState>(
  alerts: readonly A[],
  subscription: Pick<Subscription, 'kinds' | 'severities' | 'sendWhenEmpty'>,
  previous: readonly DigestItem[] | null,
): ComposedDigest<A> {
  const before = new Map((previous ?? []).map((item) => [item.key, item.magnitude]));
  const selected = alerts.filter(
    (alert) =>
      alertShows(alert) &&
      subscription.kinds.includes(alert.kind) &&
      subscription.severities.includes(alert.severity),
  );
  const isFresh = (alert: A) => {
    const magnitude = before.get(alert.key);
    return magnitude === undefined || alert.magnitude > magnitude;
  };
  const fresh = selected.filter(isFresh);
  return {
    fresh,
    open: selected.filter((alert) => !isFresh(alert)),
    items: selected.map((alert) => ({ key: alert.key, magnitude: alert.magnitude })),
    send: fresh.length > 0 || subscription.sendWhenEmpty,
  };
}
