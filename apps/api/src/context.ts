import type { Db } from '@portfolio/db';
import type { AnswerCache } from './answer-cache.ts';
import type { Principal } from './auth/principal.ts';
import type { Clock } from './clock.ts';
import type { FigureCells } from './figure-cells.ts';
import type { Logger } from './logger.ts';
import type { NotificationServices } from './notifications/notification-services.ts';

/** What a procedure may do to the caller's session cookie (nothing, outside HTTP). */
export interface SessionCookie {
  set(token: string, expires: Date): void;
  clear(): void;
}

/** The browser's trusted-device cookie (sign-in.ts): what it holds, and how to give it a new one. */
export interface DeviceCookie {
  token: string | null;
  set(token: string, expires: Date): void;
}

/**
 * The inner context: everything a procedure needs, built the same way by the HTTP server, the CLI and tests
 * (`appRouter.createCaller(context)`), so no path needs HTTP or mocks.
 */
export interface AppContext {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Reporting currency (ISO 4217). */
  currency: string;
  fiscalYearStart: number;
  /** Answers of figure queries kept per data version (answer-cache.ts). */
  answers: AnswerCache;
  /** Each engagement's figures per range, read again only where a write moved them (figure-cells.ts). */
  figureCells: FigureCells;
  /** Mail, chat secrets and links for alert digests and chat messages. */
  notifications: NotificationServices;
  /** The caller; null when anonymous. */
  principal: Principal | null;
  /** The caller's network address and browser, for the audit trail and sign-in limits. */
  client: { ip: string | null; userAgent: string | null };
  sessionCookie: SessionCookie;
  deviceCookie: DeviceCookie;
}

/** What every call of a process shares (request-context.ts adds the caller); the notifier runs on it alone. */
export type ServerContext = Omit<AppContext, 'principal' | 'client' | 'sessionCookie' | 'deviceCookie'>;

export const NO_COOKIE: SessionCookie = { set() {}, clear() {} };
export const NO_DEVICE: DeviceCookie = { token: null, set() {} };
