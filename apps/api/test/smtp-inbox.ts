import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback, reading each message that arrives with mailparser. */
export interface Inbox {
  port: number;
  messages: ParsedMail[];
  /** Stops listening: the mail server is down until `start()`. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/** `answerAfterMs`: how long the server takes to accept each message (a slow mail server). */
export async function startInbox(answerAfterMs = 0): Promise<Inbox> {
  const messages: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  let port = 0;
  const listen = async () => {
    const created = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (message) => {
            setTimeout(() => {
              messages.push(message);
              callback();
            }, answerAfterMs);
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      created.once('error', reject);
      created.listen(port, '127.0.0.1', () => resolve());
    });
    const address = created.server.address();
    port = typeof address === 'object' && address ? address.port : port;
    server = created;
  };
  await listen();
  return {
    get port() {
      return port;
    },
    messages,
    async stop() {
      const running = server;
      server = null;
      if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
    },
    start: listen,
  };
}
