import { allows } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import type { Request, Response, Router } from 'express';
import express from 'express';
import { appRouter } from '../routers/app-router.ts';
import { createCallerFactory } from '../trpc.ts';
import { type BaseContext, requestContext } from './request-context.ts';

const createCaller = createCallerFactory(appRouter);

/**
 * An email's HTML has inline styles, which the dashboard's policy forbids: it is served on its own, with a policy
 * that allows inline styles and nothing else (no script, no fetch, no form), framed only by the dashboard.
 */
const EMAIL_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; form-action 'none'";

const STATUS: Record<string, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
};

/**
 * `GET /email/preview` (the caller's digest as it would go now) and `GET /email/:id` (a message sent, the caller's
 * own or, for admins, anyone's), read through the same procedures as the API, with the caller's session. Links open
 * outside the frame.
 */
export function emailView(context: BaseContext, cliSecret?: string): Router {
  const view = express.Router();
  const answer = async (
    req: Request,
    res: Response,
    read: (api: ReturnType<typeof createCaller>) => Promise<string | null>,
  ) => {
    try {
      const ctx = await requestContext(context, req, res, cliSecret);
      const html = await read(createCaller(ctx));
      res.setHeader('Content-Security-Policy', EMAIL_POLICY);
      res.setHeader('Cache-Control', 'no-store');
      // The dashboard shows an email in a sandboxed frame, which has an origin of its own that no agent cluster can
      // be keyed to: asked to (helmet's default header), Chromium warns in the dashboard's console on every email.
      res.removeHeader('Origin-Agent-Cluster');
      if (html === null) {
        res.status(404).type('text/plain').send('This message has no email body');
        return;
      }
      res.type('html').send(html.replace('<head>', '<head>\n<base target="_blank">'));
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      res
        .status(STATUS[error.code] ?? 500)
        .type('text/plain')
        .send(error.message);
    }
  };
  view.get('/email/preview', (req, res) =>
    answer(req, res, async (api) => (await api.notifications.preview()).html),
  );
  view.get('/email/:id', (req, res) =>
    answer(req, res, async (api) => {
      const id = Number(req.params.id);
      if (!Number.isSafeInteger(id) || id < 1)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'No such message' });
      const me = await api.auth.me();
      const message = allows('admin', me.role)
        ? await api.notifications.anyDelivery({ id })
        : await api.notifications.delivery({ id });
      return message.html;
    }),
  );
  return view;
}
