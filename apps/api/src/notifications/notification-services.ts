import type { NotificationConfig } from '../config.ts';
import { createMailer, type Mailer } from './mailer.ts';
import { createSecretBox, loadSecretKey, type SecretBox } from './secret-box.ts';

/** What building and sending messages needs, in every context: the server's, the CLI's, a test's. */
export interface NotificationServices {
  publicUrl: string;
  timeZone: string;
  /** Null without SMTP_URL: digests are built and kept as "would have sent". */
  mailer: Mailer | null;
  /** Null on PostgreSQL without PORTFOLIO_SECRET_KEY: webhook targets cannot be added. */
  secretBox: SecretBox | null;
  /** The first retry's wait in milliseconds; each further one waits twice as long. */
  retryMs: number;
}

export function createNotificationServices(
  config: NotificationConfig,
  embeddedFolder: string | undefined,
): NotificationServices {
  const key = loadSecretKey(config.secretKey, embeddedFolder);
  return {
    publicUrl: config.publicUrl,
    timeZone: config.timeZone,
    mailer: config.smtpUrl ? createMailer(config.smtpUrl, config.mailFrom) : null,
    secretBox: key ? createSecretBox(key) : null,
    retryMs: config.retryMs,
  };
}
