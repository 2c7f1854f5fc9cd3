import { createServer, type Server } from 'node:http';

/** What a webhook receiver got: when, and the JSON body. */
export type Received = { at: number; body: unknown };

/**
 * A real HTTP receiver on loopback for incoming-webhook posts; it answers each with the next status of `statuses`
 * (then 200), like a chat service that fails for a while.
 */
export async function startWebhookReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => {
      text += String(chunk);
    });
    req.on('end', () => {
      received.push({ at: performance.now(), body: JSON.parse(text || 'null') });
      const status = statuses.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'try later');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks/T000/B000/secretpart`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
