import { randomBytes } from 'node:crypto';
import type { DbHandle } from '@portfolio/db';
import type { Role } from '@portfolio/domain';
import { createAnswerCache } from '../src/answer-cache.ts';
import type { Principal } from '../src/auth/principal.ts';
import { createClock } from '../src/clock.ts';
import { type AppContext, NO_COOKIE, NO_DEVICE } from '../src/context.ts';
import { createFigureCells } from '../src/figure-cells.ts';
import { createLogger } from '../src/logger.ts';
import type { NotificationServices } from '../src/notifications/notification-services.ts';
import { createSecretBox } from '../src/notifications/secret-box.ts';
import { appRouter } from '../src/routers/app-router.ts';
import { createCallerFactory } from '../src/trpc.ts';

const createCaller = createCallerFactory(appRouter);

/** A principal of a role, for tests that call procedures directly (no session or token behind it). */
export function principalOf(role: Role): Principal {
  return { kind: 'system', role, label: `test-${role}` };
}

/**
 * The API's procedures over a test database, with a fixed today and the reporting currency USD, called by an
 * admin unless the overrides say otherwise (`principal: null` for anonymous).
 */
export function testCaller(handle: DbHandle, today: string, overrides: Partial<AppContext> = {}) {
  return createCaller(testContext(handle, today, overrides));
}

export function testContext(
  handle: DbHandle,
  today: string,
  overrides: Partial<AppContext> = {},
): AppContext {
  return {
    db: handle.db,
    clock: createClock(today),
    logger: createLogger('silent'),
    currency: 'USD',
    fiscalYearStart: 1,
    answers: createAnswerCache(handle.db),
    figureCells: createFigureCells(handle.db),
    notifications: testNotifications(),
    principal: { kind: 'system', role: 'admin', label: 'test' },
    client: { ip: '127.0.0.1', userAgent: 'vitest' },
    sessionCookie: NO_COOKIE,
    deviceCookie: NO_DEVICE,
    ...overrides,
  };
}

/** Notifications with no mail server (digests are "would have sent"), a fresh secret key and quick retries. */
export function testNotifications(overrides: Partial<NotificationServices> = {}): NotificationServices {
  return {
    publicUrl: 'https://portfolio.example.com',
    timeZone: 'UTC',
    mailer: null,
    secretBox: createSecretBox(randomBytes(32)),
    retryMs: 20,
    ...overrides,
  };
}
