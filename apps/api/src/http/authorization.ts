import type { Request } from 'express';

/** What a request's Authorization header says: nothing, a bearer token, or something that is neither. */
export type Authorization = { kind: 'none' } | { kind: 'bearer'; token: string } | { kind: 'malformed' };

export function authorizationOf(req: Request): Authorization {
  const header = req.headers.authorization;
  if (header === undefined) return { kind: 'none' };
  const token = /^Bearer ([!-~]+)$/i.exec(header.trim())?.[1];
  return token ? { kind: 'bearer', token } : { kind: 'malformed' };
}

/** Whether the request came from this machine, by the socket's own address (never a forwarded header). */
export function fromLoopback(req: Request): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}
