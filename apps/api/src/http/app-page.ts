import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import { appRouter } from '../routers/app-router.ts';
import { createCallerFactory } from '../trpc.ts';
import { type BaseContext, requestContext } from './request-context.ts';

const createCaller = createCallerFactory(appRouter);

/** Where the app's page carries the answers it would otherwise ask for first (apps/web/src/lib/bootstrap.ts). */
export const BOOTSTRAP_META = 'portfolio-bootstrap';

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The app's page, with the server's settings and the signed-in user in a meta tag for a visitor who is signed in:
 * the page's figures are asked for at once, not after a round trip for "who am I" and "what is today" (the strict
 * CSP allows no inline script, and needs none for data). The page is the visitor's own: never stored.
 */
export function appPage(webDist: string, base: BaseContext, cliSecret: string | undefined) {
  const template = readFileSync(path.join(webDist, 'index.html'), 'utf8');
  return async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    let bootstrap = '';
    try {
      const ctx = await requestContext(base, req, res, cliSecret);
      if (ctx.principal !== null) {
        const caller = createCaller(ctx);
        const [me, info] = await Promise.all([caller.auth.me(), caller.meta.info()]);
        bootstrap = `<meta name="${BOOTSTRAP_META}" content="${escapeAttribute(JSON.stringify({ me, info }))}">`;
      }
    } catch {
      // The page works without it: it asks the API, which then says what is wrong.
    }
    res.type('html').send(template.replace('</head>', `${bootstrap}</head>`));
  };
}
