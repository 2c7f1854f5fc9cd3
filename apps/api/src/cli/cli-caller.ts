import type { DbHandle } from '@portfolio/db';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { CLI_PRINCIPAL } from '../auth/principal.ts';
import type { Config } from '../config.ts';
import { NO_COOKIE, NO_DEVICE } from '../context.ts';
import { createLogger } from '../logger.ts';
import { type AppRouter, appRouter } from '../routers/app-router.ts';
import { createContext } from '../server.ts';
import { createCallerFactory } from '../trpc.ts';

const createCaller = createCallerFactory(appRouter);

/** The API as the CLI calls it: `api.report.portfolio(input)`, whether in this process or through the server. */
export type Api = ReturnType<typeof createCaller>;

/**
 * The API's own procedures, called in-process as the system: the CLI validates and computes exactly as the server
 * does. Whoever runs the CLI already holds the database, so it acts with full rights and is audited as `cli`.
 */
export function localApi(config: Config, handle: DbHandle): Api {
  return createCaller({
    ...createContext(config, handle, createLogger('silent')),
    principal: CLI_PRINCIPAL,
    client: { ip: null, userAgent: 'portfolio-cli' },
    sessionCookie: NO_COOKIE,
    deviceCookie: NO_DEVICE,
  });
}

/** The owning server could not take a call: said with what to do, exit code 1. */
export class RemoteUnavailableError extends Error {}

type ProcedureType = 'query' | 'mutation';
const procedureTypes = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: ProcedureType } }
>;

/**
 * The same procedures through the server that holds the embedded database's folder, over loopback, with the
 * secret that server wrote into the folder for its owner's CLI. Same calls, same answers: `api.a.b(input)` becomes
 * the query or mutation `a.b` over HTTP.
 */
export function remoteApi(url: string, secret: string): Api {
  const answered = (error: unknown): never => {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { code?: string } | undefined;
    if (data === undefined) {
      throw new RemoteUnavailableError(
        `The dashboard server at ${url} did not answer (${error.message}): check that it runs, then run the ` +
          'command again.',
      );
    }
    if (data.code === 'NOT_FOUND' && /^No procedure found/.test(error.message)) {
      throw new RemoteUnavailableError(
        `The dashboard server at ${url} is of an older version and cannot take this command: restart it with ` +
          'this version, or stop it and run the command again.',
      );
    }
    throw error;
  };
  const client = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${url}/trpc`, headers: { authorization: `Bearer ${secret}` } })],
  });
  const at = (path: readonly string[]): unknown =>
    new Proxy(() => {}, {
      // `then` is asked of anything awaited: the API object itself is not a promise.
      get: (_target, key) => (key === 'then' || typeof key === 'symbol' ? undefined : at([...path, key])),
      apply: (_target, _this, args: unknown[]) => {
        const name = path.join('.');
        const type = procedureTypes[name]?._def.type;
        if (!type) throw new Error(`no procedure ${name}`);
        let node: unknown = client;
        for (const part of path) node = (node as Record<string, unknown>)[part];
        const call = (node as Record<'query' | 'mutate', (input: unknown) => Promise<unknown>>)[
          type === 'query' ? 'query' : 'mutate'
        ];
        return call(args[0]).catch(answered);
      },
    });
  return at([]) as Api;
}
