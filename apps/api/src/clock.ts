/** The one clock every rule that needs "today" reads, so tests and demos can fix the date. */
export interface Clock {
  /** Today as YYYY-MM-DD (UTC). */
  today(): string;
}

export function createClock(fixedToday?: string): Clock {
  return { today: () => fixedToday ?? new Date().toISOString().slice(0, 10) };
}
