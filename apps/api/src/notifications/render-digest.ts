import {
  ALERT_KIND_LABELS,
  type AlertBase,
  type AlertKind,
  type AlertSeverity,
  describeFilter,
  type SubscriptionFilter,
} from '@portfolio/domain';

/** What a digest email says: who for, as of when, under which schedule and filters, what is new and still open. */
export type DigestView = {
  recipient: { name: string; email: string };
  today: string;
  /** "Weekly on Monday at 08:00 (Europe/Berlin)", or why it was sent now. */
  occasion: string;
  filter: SubscriptionFilter;
  kinds: readonly AlertKind[];
  severities: readonly AlertSeverity[];
  fresh: readonly AlertBase[];
  open: readonly AlertBase[];
  publicUrl: string;
};

export type RenderedEmail = { subject: string; text: string; html: string };

/** Lines per section; the rest are counted and left to the Alerts page. */
export const SECTION_LIMIT = 50;

const SEVERITY_COLORS: Record<AlertSeverity, string> = {
  critical: '#b42318',
  warning: '#b54708',
  info: '#175cd3',
};

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function subjectOf(view: DigestView): string {
  const open = view.open.length > 0 ? `, ${view.open.length} still open` : '';
  const fresh = view.fresh.length === 0 ? 'nothing new' : count(view.fresh.length, 'new alert');
  return `Portfolio alerts ${view.today}: ${fresh}${open}`;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const urlOf = (view: DigestView, link: string) => `${view.publicUrl}${link}`;

function textSection(view: DigestView, heading: string, alerts: readonly AlertBase[]): string[] {
  if (alerts.length === 0) return [];
  const lines = alerts
    .slice(0, SECTION_LIMIT)
    .flatMap((alert) => [
      `* [${alert.severity}] ${alert.title}`,
      `  ${ALERT_KIND_LABELS[alert.kind]}: ${alert.detail}`,
      `  ${urlOf(view, alert.link)}`,
      '',
    ]);
  const more = alerts.length - SECTION_LIMIT;
  if (more > 0) lines.push(`…and ${more} more: ${urlOf(view, '/alerts')}`, '');
  return [`${heading.toUpperCase()} (${alerts.length})`, '', ...lines];
}

function htmlSection(view: DigestView, heading: string, alerts: readonly AlertBase[]): string {
  if (alerts.length === 0) return '';
  const items = alerts.slice(0, SECTION_LIMIT).map(
    (alert) => `
      <li style="margin:0 0 14px;padding:0">
        <span style="display:inline-block;min-width:56px;padding:1px 6px;border-radius:3px;background:${SEVERITY_COLORS[alert.severity]};color:#ffffff;font-size:12px;font-weight:600;text-align:center;text-transform:capitalize">${alert.severity}</span>
        <a href="${escapeHtml(urlOf(view, alert.link))}" style="color:#1849a9;font-weight:600;text-decoration:underline">${escapeHtml(alert.title)}</a>
        <div style="margin:2px 0 0;color:#475467;font-size:14px">${escapeHtml(ALERT_KIND_LABELS[alert.kind])}: ${escapeHtml(alert.detail)}</div>
      </li>`,
  );
  const more = alerts.length - SECTION_LIMIT;
  const rest =
    more > 0
      ? `<p style="margin:0 0 16px"><a href="${escapeHtml(urlOf(view, '/alerts'))}" style="color:#1849a9">…and ${more} more on the Alerts page</a></p>`
      : '';
  return `
    <h2 style="margin:24px 0 12px;font-size:16px;border-bottom:2px solid #eaecf0;padding-bottom:4px">${escapeHtml(heading)} (${alerts.length})</h2>
    <ul style="list-style:none;margin:0;padding:0">${items.join('')}
    </ul>${rest}`;
}

/**
 * A digest as a plain, readable email: what is new since the last digest first, then what is still open, each line
 * linking to its evidence in the dashboard (PORTFOLIO_PUBLIC_URL); a text part says the same.
 */
export function renderDigest(view: DigestView): RenderedEmail {
  const subject = subjectOf(view);
  const scope = `${describeFilter(view.filter)}; ${view.kinds.map((k) => ALERT_KIND_LABELS[k]).join(', ')}; ${view.severities.join(', ')}`;
  const manage = urlOf(view, '/notifications');
  const nothing = view.fresh.length === 0 && view.open.length === 0;
  const text = [
    `Alert digest for ${view.recipient.name}, as of ${view.today}`,
    view.occasion,
    `Covers: ${scope}.`,
    '',
    ...(view.fresh.length === 0 && !nothing ? ['Nothing new since your last digest.', ''] : []),
    ...(nothing ? ['No alerts of these kinds are open.', ''] : []),
    ...textSection(view, 'New since your last digest', view.fresh),
    ...textSection(view, 'Still open', view.open),
    `Every alert: ${urlOf(view, '/alerts')}`,
    `Change or stop this digest: ${manage}`,
  ].join('\n');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:24px 12px;background:#f2f4f7;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.45;color:#101828">
  <div style="max-width:640px;margin:0 auto;background:#ffffff;border:1px solid #d0d5dd;border-radius:8px;padding:24px">
    <p style="margin:0;color:#475467;font-size:13px">Outsourcing Portfolio</p>
    <h1 style="margin:2px 0 4px;font-size:21px">Alert digest, ${escapeHtml(view.today)}</h1>
    <p style="margin:0;color:#475467;font-size:14px">For ${escapeHtml(view.recipient.name)} · ${escapeHtml(view.occasion)}</p>
    <p style="margin:4px 0 0;color:#475467;font-size:14px">Covers ${escapeHtml(scope)}</p>
    ${view.fresh.length === 0 && !nothing ? '<p style="margin:20px 0 0"><strong>Nothing new since your last digest.</strong></p>' : ''}
    ${nothing ? '<p style="margin:20px 0 0"><strong>No alerts of these kinds are open.</strong></p>' : ''}
    ${htmlSection(view, 'New since your last digest', view.fresh)}
    ${htmlSection(view, 'Still open', view.open)}
    <p style="margin:24px 0 0;padding-top:12px;border-top:1px solid #eaecf0;color:#475467;font-size:13px">
      <a href="${escapeHtml(urlOf(view, '/alerts'))}" style="color:#1849a9">Every alert</a> ·
      <a href="${escapeHtml(manage)}" style="color:#1849a9">Change or stop this digest</a>
    </p>
  </div>
</body>
</html>
`;
  return { subject, text, html };
}
