import { type DigestSchedule, WEEKDAY_LABELS } from './subscription.ts';

// Digest hours are wall-clock hours of the organisation's time zone (an IANA name), so "Monday 08:00" stays 08:00
// across daylight-saving changes. Instants are JS Dates (UTC inside); conversions go through Intl, no tables.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Whether the name is a time zone this runtime knows ('Europe/Berlin', 'UTC'). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a time zone, as if that reading were UTC (milliseconds since 1970). */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

/**
 * The instant a wall-clock time (given as if UTC) happens in a time zone: at its first occurrence when clocks go
 * back, and as the hour after it when a change to summer time skips it (02:00 on a spring-forward night is 03:00).
 */
function instantOf(wall: number, timeZone: string): number {
  // The offsets a day before and a day after: at most one change of offset lies between them.
  const candidates = [wall - DAY_MS, wall + DAY_MS].map((near) => wall - (wallClock(near, timeZone) - near));
  const exact = candidates.filter((instant) => wallClock(instant, timeZone) === wall);
  return exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
}

/** ISO weekday (Monday 1 … Sunday 7) of a wall-clock day; 1970-01-01 was a Thursday. */
function isoWeekday(wall: number): number {
  return ((((Math.floor(wall / DAY_MS) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The first time a digest of this schedule is due strictly after `after`: the schedule's hour on the next day (daily)
 * or the next of its weekday (weekly), counted in the time zone.
 */
export function nextDigestAt(schedule: DigestSchedule, after: Date, timeZone: string): Date {
  const today = Math.floor(wallClock(after.getTime(), timeZone) / DAY_MS) * DAY_MS;
  for (let day = 0; day <= 8; day += 1) {
    const date = today + day * DAY_MS;
    if (schedule.cadence === 'weekly' && isoWeekday(date) !== schedule.weekday) continue;
    const due = instantOf(date + schedule.hour * HOUR_MS, timeZone);
    if (due > after.getTime()) return new Date(due);
  }
  throw new Error('unreachable: every weekday occurs within 8 days');
}

/** "Daily at 08:00", "Weekly on Monday at 08:00". */
export function describeSchedule(schedule: DigestSchedule): string {
  const time = `${String(schedule.hour).padStart(2, '0')}:00`;
  return schedule.cadence === 'daily'
    ? `Daily at ${time}`
    : `Weekly on ${WEEKDAY_LABELS[schedule.weekday - 1] ?? 'Monday'} at ${time}`;
}
