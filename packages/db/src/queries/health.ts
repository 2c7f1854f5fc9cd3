import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/** Asks the database for a trivial answer; throws when it cannot give one. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/** SQLSTATE classes and codes that mean "the server cannot be reached or is going away", not a bad query. */
const UNAVAILABLE_STATES = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection closed',
  'connect ECONNREFUSED',
];

/**
 * Whether an error (or one of its causes) says the database could not be reached: refused or dropped connections,
 * connect timeouts, a server shutting down or out of connections. Such a request may succeed when tried again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SYSTEM_CODES.has(code) || UNAVAILABLE_STATES.test(code))) {
      return true;
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text)))
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Whether PostgreSQL refused a value the caller gave (SQLSTATE class 22, "data exception": a date before year 1,
 * a number out of range): the request was wrong, not the server.
 */
export function isDataException(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
