import {
  type AttemptOutcome,
  claimMessages,
  loadSealedUrl,
  type OutboxRow,
  recordAttempt,
} from '@portfolio/db';
import type { ServerContext } from '../context.ts';

/** Attempts before a message is given up as failed: with the default first retry after a minute, about two hours. */
export const MAX_ATTEMPTS = 8;
/** No retry waits longer than an hour. */
const MAX_RETRY_MS = 3_600_000;
/** How long a claimed message is this process's: longer than any send may take (mailer and webhook timeouts). */
const LEASE_SECONDS = 300;
const WEBHOOK_TIMEOUT_MS = 15_000;
/** Messages claimed per look. */
const BATCH = 20;

/** The wait before the next attempt after `attempts` failed ones: doubling from the first retry's, capped. */
export function retryDelayMs(firstRetryMs: number, attempts: number): number {
  return Math.min(firstRetryMs * 2 ** (attempts - 1), MAX_RETRY_MS);
}

async function postWebhook(ctx: ServerContext, message: OutboxRow): Promise<void> {
  const box = ctx.notifications.secretBox;
  const sealed = message.target_id === null ? null : await loadSealedUrl(ctx.db, message.target_id);
  if (!box || sealed === null) throw new Error('the webhook URL cannot be read: no secret key is configured');
  const response = await fetch(box.open(sealed), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message.payload),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    redirect: 'error',
  });
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).slice(0, 200);
    throw new Error(
      `the webhook answered ${response.status} ${response.statusText}${body ? `: ${body}` : ''}`,
    );
  }
}

/** One attempt at a claimed message. */
async function attempt(ctx: ServerContext, message: OutboxRow): Promise<AttemptOutcome> {
  try {
    if (message.channel === 'webhook') {
      await postWebhook(ctx, message);
      return { status: 'sent' };
    }
    const mailer = ctx.notifications.mailer;
    if (!mailer) return { status: 'would_have_sent' };
    await mailer.send({
      to: message.recipient,
      subject: message.subject,
      text: message.body_text,
      html: message.body_html ?? '',
      // The same id at every attempt: a server that got a message whose answer was lost can tell the repeat.
      messageId: `<portfolio-${message.id}@${new URL(ctx.notifications.publicUrl).hostname}>`,
    });
    return { status: 'sent' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const retry = message.attempts < MAX_ATTEMPTS;
    return {
      status: 'failed',
      error: reason.slice(0, 500),
      retryInSeconds: retry ? retryDelayMs(ctx.notifications.retryMs, message.attempts) / 1000 : null,
    };
  }
}

/**
 * Sends the messages waiting (or only message `id`): each is claimed (FOR UPDATE SKIP LOCKED, so no two processes
 * take one), attempted once, and its outcome recorded: sent, would have sent (no SMTP_URL), failed and retried after
 * a doubling wait, or failed for good after MAX_ATTEMPTS. Returns the outcomes by message id.
 */
export async function sendWaiting(ctx: ServerContext, only?: number): Promise<Map<number, AttemptOutcome>> {
  const claimed = await claimMessages(ctx.db, { limit: BATCH, leaseSeconds: LEASE_SECONDS, id: only });
  const outcomes = new Map<number, AttemptOutcome>();
  for (const message of claimed) {
    const outcome = await attempt(ctx, message);
    await recordAttempt(ctx.db, message.id, outcome);
    outcomes.set(message.id, outcome);
    const log = {
      id: message.id,
      channel: message.channel,
      attempt: message.attempts,
      status: outcome.status,
    };
    if (outcome.status === 'failed')
      ctx.logger.warn({ ...log, error: outcome.error }, 'message not delivered');
    else ctx.logger.info(log, 'message delivered');
  }
  return outcomes;
}
