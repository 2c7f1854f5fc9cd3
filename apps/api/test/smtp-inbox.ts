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

export async function startInbox(): Promise<Inbox> {
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
            messages.push(message);
            callback();
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
