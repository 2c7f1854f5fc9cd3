/** The one clock every rule that needs "today" or "now" reads, so tests and demos can fix the date. */
export interface Clock {
  /** Today as YYYY-MM-DD (UTC). */
  today(): string;
  /** The current instant: on a fixed date (PORTFOLIO_TODAY), that date at the real time of day (UTC). */
  now(): Date;
}

export function createClock(fixedToday?: string): Clock {
  const now = () => {
    const real = new Date();
    return fixedToday ? new Date(`${fixedToday}T${real.toISOString().slice(11)}`) : real;
  };
  return { today: () => now().toISOString().slice(0, 10), now };
}
