import { existsSync } from 'node:fs';
import path from 'node:path';
import { isDatabaseUnavailable } from '@portfolio/db';
import { allows, MAX_IMPORT_CHARS } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { recordRefusal } from '../auth/refusals.ts';
import type { TrustProxy } from '../config.ts';
import type { AppContext } from '../context.ts';
import { appRouter } from '../routers/app-router.ts';
import { DATABASE_UNAVAILABLE } from '../trpc.ts';
import { appPage } from './app-page.ts';
import { emailView } from './email-view.ts';
import { guardMutations } from './guards.ts';
import { type BaseContext, requestContext } from './request-context.ts';

export interface HttpAppOptions {
  context: BaseContext;
  /** Asks the database for a trivial answer; throws when it cannot. */
  checkDatabase: () => Promise<void>;
  /** False until the server has finished starting (its URL published for the CLI): /healthz says so until then. */
  started?: () => boolean;
  /** Folder of the built web app to serve, when present (production). */
  webDist?: string | undefined;
  /** The proxies whose forwarded headers are believed (config.ts, PORTFOLIO_TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
  /** The secret the CLI of the embedded folder's owner presents (server.ts); unset on PostgreSQL. */
  cliSecret?: string | undefined;
}

/** Paths of the built app's files, never of its pages. */
const STATIC_FILE = /^\/assets\/|\.(?:js|mjs|css|map|png|svg|ico|json|txt|woff2?)$/;

/**
 * The built web app's files. A script or stylesheet goes brotli- or gzip-compressed when the browser takes it (the
 * build wrote both beside it): 111 KB instead of 406 KB before the sign-in page shows, nothing compressed per
 * request. The build names each file under /assets by its content, so a browser keeps it for a year without asking
 * again; a new build has new names. Other files (the icon) are kept an hour.
 */
function staticFiles(webDist: string) {
  return expressStaticGzip(webDist, {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
    serveStatic: {
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (path.relative(webDist, file).startsWith(`assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
      },
    },
  });
}

/** The most procedure calls in one batched request (the dashboard sends at most 10: apps/web/src/lib/trpc.ts). */
export const MAX_BATCH_CALLS = 20;

/** The largest body of an ordinary request: form values, a month of measurements. */
const BODY_LIMIT = 2_000_000;
/** The largest body of an import: a CSV file as JSON text (see MAX_IMPORT_CHARS), with room for escapes. */
const IMPORT_BODY_LIMIT = 2 * MAX_IMPORT_CHARS + 1_000;

/**
 * Whether a tRPC request path (`/imports.run`, batched `/a,b`) names import procedures alone: one import in a
 * batch must not lift the limit for the others.
 */
function isImportPath(path: string): boolean {
  return path
    .slice(1)
    .split(',')
    .every((procedure) => procedure.startsWith('imports.'));
}

/** A tRPC error answer, as the procedures give it. */
function trpcError(res: Response, status: 401 | 403 | 503, code: string, message: string): void {
  const jsonRpcCode = { 401: -32001, 403: -32003, 503: -32603 }[status];
  res.status(status).json({ error: { message, code: jsonRpcCode, data: { code, httpStatus: status } } });
}

/** Authenticating needs the database: when it cannot be reached the caller gets 503, not 500. */
function unavailableAsService(error: unknown): never {
  if (isDatabaseUnavailable(error)) {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE, cause: error });
  }
  throw error;
}

export function createHttpApp({
  context,
  checkDatabase,
  started = () => true,
  webDist,
  cliSecret,
  trustProxy = false,
}: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // req.ip and req.secure believe X-Forwarded-* only from the proxies the configuration names.
  app.set('trust proxy', trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // Said only over HTTPS (below): over plain HTTP the header is meaningless and would pin a host name wrongly.
      strictTransportSecurity: false,
      // The same as `frame-ancestors 'none'`, for browsers that read only this header.
      xFrameOptions: { action: 'deny' },
    }),
  );
  app.use((req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  app.use(pinoHttp({ logger: context.logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));

  app.get('/healthz', async (_req, res) => {
    if (!started()) {
      res.status(503).json({ status: 'starting' });
      return;
    }
    try {
      await checkDatabase();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.use(emailView(context, cliSecret));

  // Every answer of the API is someone's private figures or account: never kept by a browser or a proxy.
  app.use('/trpc', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/trpc', guardMutations(context.db, context.logger));
  const trpcWithBodyLimit = (maxBodySize: number) =>
    createExpressMiddleware({
      router: appRouter,
      // An import's context was made before its body was read (importGate below).
      createContext: ({ req, res }) =>
        (res.locals.context as AppContext | undefined) ??
        requestContext(context, req, res, cliSecret).catch(unavailableAsService),
      maxBodySize,
      // A page asks for at most a dozen figures at once; thousands of calls in one request would hold the server.
      maxBatchSize: MAX_BATCH_CALLS,
      onError: ({ error, path: procedure }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          context.logger.error({ err: error, procedure }, 'procedure failed');
      },
    });
  // tRPC reads a body whole before any check, signing in included, so every body is limited (413 beyond);
  // only an import carries a whole CSV file (the dashboard uploads it in one request).
  const standard = trpcWithBodyLimit(BODY_LIMIT);
  const imports = trpcWithBodyLimit(IMPORT_BODY_LIMIT);
  // An import's body may be hundreds of megabytes: it is read only for a caller whose role may import, so an
  // anonymous or read-only caller cannot make the server hold it.
  const importGate = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ctx = await requestContext(context, req, res, cliSecret);
      if (ctx.principal === null) return trpcError(res, 401, 'UNAUTHORIZED', 'Sign in first');
      if (!allows('import', ctx.principal.role)) {
        await recordRefusal(context.db, context.logger, {
          action: 'access.refused',
          principal: ctx.principal,
          ip: ctx.client.ip,
          subject: req.path.slice(1),
        });
        return trpcError(res, 403, 'FORBIDDEN', `The ${ctx.principal.role} role may not do this`);
      }
      res.locals.context = ctx;
      imports(req, res, next);
    } catch (error) {
      if (isDatabaseUnavailable(error))
        return trpcError(res, 503, 'SERVICE_UNAVAILABLE', DATABASE_UNAVAILABLE);
      if (error instanceof TRPCError && error.code === 'UNAUTHORIZED')
        return trpcError(res, 401, 'UNAUTHORIZED', error.message);
      next(error);
    }
  };
  app.use('/trpc', (req, res, next) =>
    req.method === 'POST' && isImportPath(req.path) ? importGate(req, res, next) : standard(req, res, next),
  );

  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    app.use(staticFiles(webDist));
    // Client-side routes: every other GET gets the app's page, but a missing file (an old build's script) is a 404.
    const page = appPage(webDist, context, cliSecret);
    app.get('/{*splat}', (req, res, next) => (STATIC_FILE.test(req.path) ? next() : page(req, res)));
  }

  app.use((_req, res) => {
    res.status(404).json({ error: { message: 'Not found' } });
  });
  // Last resort: never send a stack trace.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    context.logger.error({ err: error }, 'request failed');
    res.status(500).json({ error: { message: 'Internal server error' } });
  });
  return app;
}
