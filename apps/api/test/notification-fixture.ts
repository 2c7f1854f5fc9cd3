import { type DbHandle, insertUser } from '@portfolio/db';
import type { Role } from '@portfolio/domain';
import type { Principal } from '../src/auth/principal.ts';
import type { Clock } from '../src/clock.ts';
import type { NotificationServices } from '../src/notifications/notification-services.ts';
import { testCaller, testContext, testNotifications } from './test-caller.ts';

/** A clock tests move by hand; the date stays the alerts example's. */
export function movableClock(start: string) {
  let current = new Date(start);
  const clock: Clock = { now: () => new Date(current), today: () => current.toISOString().slice(0, 10) };
  return { clock, set: (instant: string) => (current = new Date(instant)) };
}

/** A user of a role, signed in as far as procedures can tell. */
export async function addUser(handle: DbHandle, email: string, role: Role) {
  const user = await insertUser(handle.db, {
    email,
    name: email.split('@')[0] ?? email,
    role,
    passwordHash: 'x',
  });
  const principal: Principal = {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: user.name,
    role,
    sessionHash: 'test',
  };
  return { ...user, principal };
}

/** The server's context and callers as users, over one clock and one set of notification services. */
export function notificationHarness(
  handle: DbHandle,
  clock: Clock,
  overrides: Partial<NotificationServices>,
) {
  const notifications = testNotifications(overrides);
  const today = clock.today();
  return {
    ctx: testContext(handle, today, { clock, notifications }),
    as: (principal: Principal) => testCaller(handle, today, { clock, notifications, principal }),
    admin: testCaller(handle, today, { clock, notifications }),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
