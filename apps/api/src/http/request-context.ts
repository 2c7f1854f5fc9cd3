import { timingSafeEqual } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';
import { authenticate } from '../auth/authenticate.ts';
import { CLI_PRINCIPAL, type Principal } from '../auth/principal.ts';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../auth/session-policy.ts';
import type { AppContext, DeviceCookie, ServerContext, SessionCookie } from '../context.ts';
import { authorizationOf, fromLoopback } from './authorization.ts';

/** The parts of the context that are the same for every request. */
export type BaseContext = ServerContext;

function sessionCookieFor(req: Request, res: Response): SessionCookie {
  // Secure whenever the browser reached us over HTTPS (directly or through a trusted proxy).
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
  return {
    set: (token, expires) => res.cookie(SESSION_COOKIE, token, { ...options, expires }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The trusted-device cookie goes with API requests only, and outlives sessions (sign-in.ts). */
function deviceCookieFor(req: Request, res: Response, token: string | null): DeviceCookie {
  return {
    token,
    set: (value, expires) =>
      res.cookie(DEVICE_COOKIE, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure: req.secure,
        path: '/trpc',
        expires,
      }),
  };
}

/**
 * Builds a request's context: who is calling (session cookie, bearer token, or the CLI of the embedded folder's
 * owner with the server's `cliSecret`, from this machine only), from where, and its cookie.
 */
export async function requestContext(
  base: BaseContext,
  req: Request,
  res: Response,
  cliSecret?: string,
): Promise<AppContext> {
  const authorization = authorizationOf(req);
  if (authorization.kind === 'malformed') {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'The Authorization header must be "Bearer <token>"',
    });
  }
  const bearer = authorization.kind === 'bearer' ? authorization.token : null;
  const ip = req.ip ?? null;
  const cookies = parseCookies(req.headers.cookie ?? '');
  let principal: Principal | null;
  if (bearer !== null && cliSecret !== undefined && fromLoopback(req) && sameSecret(bearer, cliSecret)) {
    principal = CLI_PRINCIPAL;
  } else {
    principal = await authenticate(base.db, {
      sessionToken: cookies[SESSION_COOKIE] ?? null,
      bearerToken: bearer,
      ip,
    });
  }
  return {
    ...base,
    principal,
    client: { ip, userAgent: req.get('user-agent') ?? null },
    sessionCookie: sessionCookieFor(req, res),
    deviceCookie: deviceCookieFor(req, res, cookies[DEVICE_COOKIE] ?? null),
  };
}
