import { ALERT_SEVERITIES, type AlertBase, type AlertSeverity } from './alert.ts';

/** The latest acknowledgement of an alert key: the magnitude it had then, why it can wait, who said so and when. */
export type Acknowledgement = { key: string; magnitude: number; comment: string; actor: string; at: string };

/**
 * `open`: never acknowledged; `acknowledged`: its magnitude is not above the acknowledged one (hidden by default);
 * `worsened`: acknowledged, but its magnitude grew past the acknowledged one, so it shows again.
 */
export const ALERT_STATES = ['open', 'worsened', 'acknowledged'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export type AcknowledgedState = { state: AlertState; acknowledgement: Acknowledgement | null };

/** Each alert with its state against the latest acknowledgement of its key. */
export function applyAcknowledgements<A extends AlertBase>(
  alerts: readonly A[],
  acknowledgements: readonly Acknowledgement[],
): (A & AcknowledgedState)[] {
  const latest = new Map(acknowledgements.map((ack) => [ack.key, ack]));
  return alerts.map((alert) => {
    const acknowledgement = latest.get(alert.key) ?? null;
    const state: AlertState =
      acknowledgement === null
        ? 'open'
        : alert.magnitude > acknowledgement.magnitude
          ? 'worsened'
          : 'acknowledged';
    return { ...alert, state, acknowledgement };
  });
}

/** Whether an alert shows by default (on the Alerts page, in digests): open, or worse than when acknowledged. */
export function alertShows(alert: AcknowledgedState): boolean {
  return alert.state !== 'acknowledged';
}

export type AlertCounts = Record<AlertSeverity, number> & { shown: number; acknowledged: number };

/** How many alerts show (open or worsened), by severity, and how many are acknowledged. */
export function countAlerts(alerts: readonly (AlertBase & AcknowledgedState)[]): AlertCounts {
  const counts = Object.fromEntries(ALERT_SEVERITIES.map((severity) => [severity, 0])) as Record<
    AlertSeverity,
    number
  >;
  let acknowledged = 0;
  for (const alert of alerts) {
    if (alert.state === 'acknowledged') acknowledged += 1;
    else counts[alert.severity] += 1;
  }
  return { ...counts, shown: alerts.length - acknowledged, acknowledged };
}
