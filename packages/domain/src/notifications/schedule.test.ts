import { describe, expect, it } from 'vitest';
import { describeSchedule, isTimeZone, nextDigestAt } from './schedule.ts';

const daily = (hour: number) => ({ cadence: 'daily' as const, weekday: 1, hour });
const weekly = (weekday: number, hour: number) => ({ cadence: 'weekly' as const, weekday, hour });
const next = (schedule: Parameters<typeof nextDigestAt>[0], after: string, zone: string) =>
  nextDigestAt(schedule, new Date(after), zone).toISOString();

describe('nextDigestAt', () => {
  it('daily at 08:00 UTC: later today when 08:00 is still ahead, else tomorrow; exactly 08:00 is not "after"', () => {
    expect(next(daily(8), '2026-11-15T07:59:59Z', 'UTC')).toBe('2026-11-15T08:00:00.000Z');
    expect(next(daily(8), '2026-11-15T08:00:00Z', 'UTC')).toBe('2026-11-16T08:00:00.000Z');
    expect(next(daily(8), '2026-12-31T09:00:00Z', 'UTC')).toBe('2027-01-01T08:00:00.000Z');
  });

  it('counts the hour in the time zone: 08:00 in Berlin is 07:00 UTC in winter, 06:00 in summer', () => {
    expect(next(daily(8), '2026-11-15T00:00:00Z', 'Europe/Berlin')).toBe('2026-11-15T07:00:00.000Z');
    expect(next(daily(8), '2026-07-01T00:00:00Z', 'Europe/Berlin')).toBe('2026-07-01T06:00:00.000Z');
    // Kolkata is 5:30 ahead all year; New York 5 hours behind in winter.
    expect(next(daily(8), '2026-11-15T00:00:00Z', 'Asia/Kolkata')).toBe('2026-11-15T02:30:00.000Z');
    expect(next(daily(8), '2026-11-15T03:00:00Z', 'Asia/Kolkata')).toBe('2026-11-16T02:30:00.000Z');
    expect(next(daily(8), '2026-11-15T14:00:00Z', 'America/New_York')).toBe('2026-11-16T13:00:00.000Z');
  });

  it('the local day decides: 23:30 UTC on Sunday is already Monday 00:30 in Berlin', () => {
    // 2026-11-15 is a Sunday; Monday 08:00 Berlin = 07:00 UTC on the 16th.
    expect(next(weekly(1, 8), '2026-11-15T23:30:00Z', 'Europe/Berlin')).toBe('2026-11-16T07:00:00.000Z');
    expect(next(weekly(1, 0), '2026-11-15T23:30:00Z', 'Europe/Berlin')).toBe('2026-11-22T23:00:00.000Z');
  });

  it('weekly on Monday 08:00: the coming Monday, or a week later when this Monday’s has passed', () => {
    expect(next(weekly(1, 8), '2026-11-12T10:00:00Z', 'UTC')).toBe('2026-11-16T08:00:00.000Z');
    expect(next(weekly(1, 8), '2026-11-16T08:00:00Z', 'UTC')).toBe('2026-11-23T08:00:00.000Z');
    expect(next(weekly(7, 18), '2026-11-15T17:00:00Z', 'UTC')).toBe('2026-11-15T18:00:00.000Z');
  });

  it('keeps the wall-clock hour across daylight-saving changes', () => {
    // Berlin goes to summer time on Sunday 2026-03-29 and back on Sunday 2026-10-25.
    expect(next(daily(8), '2026-03-28T08:00:00Z', 'Europe/Berlin')).toBe('2026-03-29T06:00:00.000Z');
    expect(next(daily(8), '2026-10-24T07:00:00Z', 'Europe/Berlin')).toBe('2026-10-25T07:00:00.000Z');
  });

  it('an hour skipped by the change to summer time comes as the hour after; one that happens twice, once', () => {
    // 02:00 does not exist in Berlin on 2026-03-29 (01:59 CET is followed by 03:00 CEST = 01:00 UTC).
    expect(next(daily(2), '2026-03-28T12:00:00Z', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
    // …nor in New York on 2026-03-08 (03:00 EDT = 07:00 UTC).
    expect(next(daily(2), '2026-03-07T12:00:00Z', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    // 02:00 happens twice in Berlin on 2026-10-25: the first, in summer time (00:00 UTC), then tomorrow's.
    expect(next(daily(2), '2026-10-24T12:00:00Z', 'Europe/Berlin')).toBe('2026-10-25T00:00:00.000Z');
    expect(next(daily(2), '2026-10-25T00:00:00Z', 'Europe/Berlin')).toBe('2026-10-26T01:00:00.000Z');
  });
});

describe('isTimeZone and describeSchedule', () => {
  it('knows IANA names and refuses others', () => {
    expect(['UTC', 'Europe/Berlin', 'Asia/Kolkata'].map(isTimeZone)).toEqual([true, true, true]);
    expect(['Mars/Olympus', 'CEST+1', ''].map(isTimeZone)).toEqual([false, false, false]);
  });

  it('says when in words', () => {
    expect(describeSchedule(daily(7))).toBe('Daily at 07:00');
    expect(describeSchedule(weekly(5, 16))).toBe('Weekly on Friday at 16:00');
  });
});
