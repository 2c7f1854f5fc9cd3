import net from 'node:net';

/**
 * A TCP proxy on loopback in front of PostgreSQL, to simulate an outage without stopping the shared server:
 * `cut()` drops every connection and refuses new ones until `restore()`; `cutAfter(bytes)` cuts once that many
 * more bytes went from clients to the server (mid-statement, mid-transaction).
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let down = false;
  let sent = 0;
  let cutAt = Number.POSITIVE_INFINITY;

  const cut = () => {
    down = true;
    cutAt = Number.POSITIVE_INFINITY;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };

  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
    client.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent >= cutAt) {
        cut();
        return;
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    port,
    cut,
    restore() {
      down = false;
    },
    /** Cuts every connection once clients have sent `bytes` more bytes. */
    cutAfter(bytes: number) {
      cutAt = sent + bytes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        cut();
        server.close(() => resolve());
      }),
  };
}

/** The URL of a database reached through the proxy instead of directly. */
export function throughProxy(databaseUrl: string, port: number): string {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
}
