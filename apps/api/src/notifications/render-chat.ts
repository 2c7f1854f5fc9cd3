import type { AlertBase } from '@portfolio/domain';

export type ChatFormat = 'slack' | 'teams';

/** Alerts per chat message; the rest are counted with a link to the Alerts page. */
export const CHAT_LIMIT = 15;

export type ChatMessage = { subject: string; text: string; payload: unknown };

/** Slack's mrkdwn escapes: only these three characters are special. */
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Markdown link text cannot hold brackets unescaped. */
const markdownEscape = (text: string) => text.replace(/([[\]()\\*_`])/g, '\\$1');

/**
 * A chat message announcing critical alerts that just appeared, as incoming webhooks take it: Slack's `{ text }`
 * (also taken by Mattermost, Rocket.Chat and Google Chat) or a Teams message carrying an Adaptive Card (Teams'
 * workflow webhooks). Each alert links to its evidence in the dashboard.
 */
export function renderCriticalMessage(
  alerts: readonly AlertBase[],
  format: ChatFormat,
  publicUrl: string,
): ChatMessage {
  const subject = `${alerts.length} new critical alert${alerts.length === 1 ? '' : 's'} in the outsourcing portfolio`;
  const shown = alerts.slice(0, CHAT_LIMIT);
  const more = alerts.length - shown.length;
  const text = [
    subject,
    ...shown.map((alert) => `• ${alert.title}: ${alert.detail} ${publicUrl}${alert.link}`),
    ...(more > 0 ? [`…and ${more} more: ${publicUrl}/alerts`] : []),
  ].join('\n');
  return { subject, text, payload: chatPayload(format, subject, shown, more, publicUrl) };
}

/** A test message an admin sends to check a new target. */
export function renderTestMessage(format: ChatFormat, publicUrl: string): ChatMessage {
  const subject = 'Test message from the outsourcing portfolio';
  const text = `${subject}: critical alerts will be posted here as they appear. ${publicUrl}/alerts`;
  return { subject, text, payload: chatPayload(format, subject, [], 0, publicUrl) };
}

function chatPayload(
  format: ChatFormat,
  subject: string,
  alerts: readonly AlertBase[],
  more: number,
  publicUrl: string,
): unknown {
  const link = (path: string) => `${publicUrl}${path}`;
  if (format === 'slack') {
    const lines = alerts.map(
      (alert) => `• <${link(alert.link)}|${slackEscape(alert.title)}>: ${slackEscape(alert.detail)}`,
    );
    if (more > 0) lines.push(`…and ${more} more on <${link('/alerts')}|the Alerts page>`);
    if (alerts.length === 0) lines.push(`Critical alerts will be posted here. <${link('/alerts')}|Alerts>`);
    return { text: [`*${slackEscape(subject)}*`, ...lines].join('\n') };
  }
  const lines = alerts.map(
    (alert) => `- [${markdownEscape(alert.title)}](${link(alert.link)}): ${markdownEscape(alert.detail)}`,
  );
  if (more > 0) lines.push(`- …and ${more} more on [the Alerts page](${link('/alerts')})`);
  if (alerts.length === 0) lines.push(`Critical alerts will be posted here. [Alerts](${link('/alerts')})`);
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: subject, weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'TextBlock', text: lines.join('\n'), wrap: true },
          ],
        },
      },
    ],
  };
}
