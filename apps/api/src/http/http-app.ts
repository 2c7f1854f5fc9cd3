import { existsSync } from 'node:fs';
import path from 'node:path';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { AppContext } from '../context.ts';
import { appRouter } from '../routers/app-router.ts';

export interface HttpAppOptions {
  context: AppContext;
  /** Asks the database for a trivial answer; throws when it cannot. */
  checkDatabase: () => Promise<void>;
  /** Folder of the built web app to serve, when present (production). */
  webDist?: string | undefined;
}

export function createHttpApp({ context, checkDatabase, webDist }: HttpAppOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.use(pinoHttp({ logger: context.logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));

  app.get('/healthz', async (_req, res) => {
    try {
      await checkDatabase();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  // The tRPC adapter does not check the content type: only JSON bodies may reach a mutation.
  app.use('/trpc', (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'POST' && !req.is('application/json')) {
      res.status(415).json({ error: { message: 'Content-Type must be application/json' } });
      return;
    }
    next();
  });
  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: () => context,
      onError: ({ error, path: procedure }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          context.logger.error({ err: error, procedure }, 'procedure failed');
      },
    }),
  );

  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the app's page.
    app.get('/{*splat}', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(webDist, 'index.html'));
    });
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
