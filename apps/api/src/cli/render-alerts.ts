import { ALERT_KIND_LABELS, ALERT_KINDS, type AlertCounts, type AlertKind } from '@portfolio/domain';

/** What the alerts table needs of an alert (as `alerts.list` gives it). */
export type AlertLine = {
  key: string;
  kind: AlertKind;
  severity: string;
  state: string;
  title: string;
  detail: string;
  link: string;
  acknowledgement: { comment: string; actor: string; at: string; magnitude: number } | null;
};

const INDENT = ' '.repeat(12);

/**
 * The alerts as readable text for a terminal, grouped by kind: severity and title, then the detail, the link to the
 * evidence (a dashboard path) and any acknowledgement.
 */
export function renderAlerts(list: {
  today: string;
  counts: AlertCounts;
  alerts: readonly AlertLine[];
}): string {
  const { counts } = list;
  const hidden =
    counts.acknowledged === 0
      ? ''
      : ` (${counts.acknowledged} acknowledged${list.alerts.some((a) => a.state === 'acknowledged') ? '' : ', hidden: --all shows them'})`;
  const lines = [
    `Alerts on ${list.today}: ${counts.critical} critical, ${counts.warning} warning, ${counts.info} info${hidden}`,
  ];
  if (list.alerts.length === 0) lines.push('', 'Nothing needs attention.');
  for (const kind of ALERT_KINDS) {
    const alerts = list.alerts.filter((alert) => alert.kind === kind);
    if (alerts.length === 0) continue;
    lines.push('', `${ALERT_KIND_LABELS[kind]} (${alerts.length})`);
    for (const alert of alerts) {
      const state = alert.state === 'open' ? '' : ` [${alert.state}]`;
      lines.push(`  ${alert.severity.toUpperCase().padEnd(9)} ${alert.title}${state}`);
      lines.push(`${INDENT}${alert.detail}`, `${INDENT}${alert.link}`);
      const ack = alert.acknowledgement;
      if (ack)
        lines.push(
          `${INDENT}acknowledged by ${ack.actor} on ${ack.at.slice(0, 10)} at ${ack.magnitude}: ${ack.comment}`,
        );
    }
  }
  return lines.join('\n');
}
