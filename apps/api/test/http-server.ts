import type { Server } from 'node:http';
import { type DbHandle, pingDatabase } from '@portfolio/db';
import { createAnswerCache } from '../src/answer-cache.ts';
import { createClock } from '../src/clock.ts';
import type { TrustProxy } from '../src/config.ts';
import { createFigureCells } from '../src/figure-cells.ts';
import { createHttpApp } from '../src/http/http-app.ts';
import { createLogger, type Logger } from '../src/logger.ts';
import { testNotifications } from './test-caller.ts';

/** The real HTTP stack (Express, guards, tRPC, auth) over a test database, on a free port. */
export async function startTestServer(
  handle: DbHandle,
  today = '2025-06-15',
  logger: Logger = createLogger('silent'),
  options: { webDist?: string; cliSecret?: string; trustProxy?: TrustProxy; started?: () => boolean } = {},
) {
  const app = createHttpApp({
    context: {
      db: handle.db,
      clock: createClock(today),
      logger,
      currency: 'USD',
      fiscalYearStart: 1,
      answers: createAnswerCache(handle.db),
      figureCells: createFigureCells(handle.db),
      notifications: testNotifications(),
    },
    checkDatabase: () => pingDatabase(handle.db),
    ...options,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TrpcAnswer = {
  status: number;
  body: { result?: { data: unknown }; error?: { message: string; data: { code: string } } };
  setCookie: string | null;
};

/** Calls a procedure over HTTP as the dashboard does (JSON, same origin, the request header). */
export async function call(
  url: string,
  path: string,
  options: {
    input?: unknown;
    mutation?: boolean;
    cookie?: string | null;
    bearer?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<TrpcAnswer> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  let response: Response;
  if (options.mutation) {
    response = await fetch(`${url}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-portfolio-request': '1', ...headers },
      body: JSON.stringify(options.input ?? null),
    });
  } else {
    const query =
      options.input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(options.input))}`;
    response = await fetch(`${url}/trpc/${path}${query}`, { headers });
  }
  return {
    status: response.status,
    body: (await response.json()) as TrpcAnswer['body'],
    setCookie: response.headers.get('set-cookie'),
  };
}

/** The `name=value` part of a Set-Cookie header, to send back. */
export const cookieOf = (setCookie: string | null) => setCookie?.split(';')[0] ?? null;
