import type { Db } from '@portfolio/db';
import type { NextFunction, Request, Response } from 'express';
import { recordRefusal } from '../auth/refusals.ts';
import type { Logger } from '../logger.ts';
import { authorizationOf } from './authorization.ts';

/** The header every mutation from the dashboard carries; a cross-site form or image cannot send it. */
export const REQUEST_HEADER = 'x-portfolio-request';

function refuse(res: Response, status: number, message: string) {
  res.status(status).json({ error: { message } });
}

/**
 * POSTs (tRPC mutations) must be JSON and, unless they authenticate with a bearer token (never sent by a browser
 * on its own), come from this site: no cross-site Sec-Fetch-Site, an Origin equal to ours, and our request header.
 * An Authorization header that is not a bearer token skips nothing (and is refused as such when authenticating).
 */
export function guardMutations(db: Db, logger: Logger) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next();
    if (!req.is('application/json')) return refuse(res, 415, 'Content-Type must be application/json');
    if (authorizationOf(req).kind === 'bearer') return next();
    const origin = req.get('origin');
    const ownOrigin = `${req.protocol}://${req.get('host')}`;
    const crossSite =
      req.get('sec-fetch-site') === 'cross-site' || (origin !== undefined && origin !== ownOrigin);
    if (crossSite || req.get(REQUEST_HEADER) !== '1') {
      // Who sent it is not known yet (the guard runs before authentication): the page's origin and the address are.
      await recordRefusal(db, logger, {
        action: 'request.cross_site_refused',
        principal: null,
        ip: req.ip ?? null,
        subject: origin ?? req.get('referer') ?? 'no origin',
        detail: { path: req.path },
      });
      return crossSite
        ? refuse(res, 403, 'Cross-site request refused')
        : refuse(res, 403, `Missing the ${REQUEST_HEADER} header`);
    }
    next();
  };
}
