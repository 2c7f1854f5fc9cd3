import { parseArgs } from 'node:util';
import { type Command, UsageError, withApi } from '../cli-support.ts';

type Delivery = {
  id: number;
  status: string;
  recipient: string;
  lastError: string | null;
  nextAttemptAt: Date;
};

/** How a delivery stands, in a line. */
export function deliveryLine(delivery: Delivery): string {
  const head = `Digest #${delivery.id} to ${delivery.recipient}`;
  switch (delivery.status) {
    case 'sent':
      return `${head}: sent.`;
    case 'would_have_sent':
      return `${head}: would have sent (no SMTP_URL is set); it is readable on the Notifications page.`;
    case 'failed':
      return `${head}: failed for good: ${delivery.lastError}`;
    default:
      return `${head}: not sent yet (${delivery.lastError ?? 'queued'}); the server retries it from ${new Date(delivery.nextAttemptAt).toISOString()}.`;
  }
}

export const digest: Command = {
  summary: "print a user's alert digest as it would go now (--html: its HTML), or send it now (--send)",
  usage: 'digest --user EMAIL [--send] [--html]',
  async run(args, config) {
    const { values } = parseArgs({
      args,
      options: { user: { type: 'string' }, send: { type: 'boolean' }, html: { type: 'boolean' } },
    });
    const email = values.user;
    if (!email) throw new UsageError('digest needs --user EMAIL');
    if (values.send) {
      const sent = await withApi(config, 'portfolio digest', ({ api }) =>
        api.notifications.sendFor({ email }),
      );
      console.log(deliveryLine(sent));
      if (sent.status === 'failed') process.exitCode = 1;
      return;
    }
    const preview = await withApi(config, 'portfolio digest', ({ api }) =>
      api.notifications.previewFor({ email }),
    );
    if (values.html) {
      console.log(preview.html);
      return;
    }
    const due = preview.nextDueAt ? `next due ${new Date(preview.nextDueAt).toISOString()}` : 'unsubscribed';
    const verdict = preview.wouldSend
      ? 'a scheduled digest would go out with this'
      : 'nothing new: a scheduled digest would not go out';
    console.log(`Subject: ${preview.subject}`);
    console.log(`(${preview.fresh} new, ${preview.open} still open; ${verdict}; ${due})`);
    console.log('');
    console.log(preview.text);
  },
};
