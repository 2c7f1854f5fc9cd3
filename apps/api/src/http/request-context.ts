import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';
import { authenticate } from '../auth/authenticate.ts';
import { SESSION_COOKIE } from '../auth/session-policy.ts';
import type { AppContext, SessionCookie } from '../context.ts';

/** The parts of the context that are the same for every request. */
export type BaseContext = Omit<AppContext, 'principal' | 'client' | 'sessionCookie'>;

function sessionCookieFor(req: Request, res: Response): SessionCookie {
  // Secure whenever the browser reached us over HTTPS (directly or through a trusted proxy).
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
  return {
    set: (token, expires) => res.cookie(SESSION_COOKIE, token, { ...options, expires }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

/** Builds a request's context: who is calling (session cookie or bearer token), from where, and its cookie. */
export async function requestContext(base: BaseContext, req: Request, res: Response): Promise<AppContext> {
  const cookies = parseCookies(req.headers.cookie ?? '');
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
  const ip = req.ip ?? null;
  const principal = await authenticate(base.db, {
    sessionToken: cookies[SESSION_COOKIE] ?? null,
    bearerToken: bearer,
    ip,
  });
  return {
    ...base,
    principal,
    client: { ip, userAgent: req.get('user-agent') ?? null },
    sessionCookie: sessionCookieFor(req, res),
  };
}
