import nodemailer from 'nodemailer';

/** An email as the outbox holds it. */
export type Email = { to: string; subject: string; text: string; html: string; messageId: string };

/** Sends one email; throws with the mail server's reason when it is refused or cannot be reached. */
export interface Mailer {
  send(email: Email): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer (`SMTP_URL`, e.g. smtps://user:password@mail.example.com:465). Short timeouts: a message
 * is claimed for a few minutes, and a mail server that does not answer is a failed attempt, retried later.
 */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
  return {
    async send(email) {
      await transport.sendMail({ from, ...email });
    },
    close: () => transport.close(),
  };
}
