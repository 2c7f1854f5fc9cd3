import type { ServerContext } from '../context.ts';
import { announceCriticalAlerts } from './announce-critical.ts';
import { addDefaults, queueDueDigests } from './queue-digests.ts';
import { sendWaiting } from './send-outbox.ts';

const STEPS = [
  ['default subscriptions', addDefaults],
  ['due digests', queueDueDigests],
  ['critical alerts', announceCriticalAlerts],
  ['sending', sendWaiting],
] as const;

/** One look of the notifier, each step on its own: one failing does not keep the others from running. */
export async function lookOnce(ctx: ServerContext): Promise<void> {
  for (const [step, run] of STEPS) {
    try {
      await run(ctx);
    } catch (error) {
      ctx.logger.error({ err: error, step }, 'notifications: a step failed; trying again at the next look');
    }
  }
}

export interface Notifier {
  /** One look: queue due digests and new critical alerts, then send what waits. */
  tick(): Promise<void>;
  /** Stops the timer and waits for a look in progress to finish. */
  stop(): Promise<void>;
}

/**
 * The server's sender: every `tickMs` it looks for due digests, critical alerts that appeared and messages waiting,
 * one look at a time. Every API process runs one; the outbox's claims keep each message to one of them. A step that
 * fails (the database away) is logged and tried again at the next look, without stopping the others.
 */
export function startNotifier(ctx: ServerContext, tickMs: number): Notifier {
  const tick = () => lookOnce(ctx);
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = null;
        if (!stopped) schedule();
      });
    }, tickMs);
  };
  schedule();
  return {
    tick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
