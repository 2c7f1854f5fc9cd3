import { describe, expect, it } from 'vitest';
import { type EarnBackInput, earnBackStatus, type PeriodStatus } from './earn-back.ts';
import { DomainError } from './errors.ts';

const m = (period: string, status: PeriodStatus['status'] = 'met'): PeriodStatus => ({ period, status });

// A credit that arose in January 2025, on an engagement with three earn-back months.
const base: EarnBackInput = {
  earnBackMonths: 3,
  creditPeriod: '2025-01',
  later: [],
  engagementEndDate: null,
};

describe('earnBackStatus', () => {
  it('N = 0: every credit is owed at once, whatever follows', () => {
    const result = earnBackStatus({ ...base, earnBackMonths: 0, later: [m('2025-02'), m('2025-03')] });
    expect(result).toEqual({ status: 'owed', reason: 'no_earn_back', deciding: [] });
  });

  it('N = 3, met in Feb, Mar, Apr → earned back; a miss in May comes too late to matter', () => {
    const later = [m('2025-02'), m('2025-03'), m('2025-04'), m('2025-05', 'missed')];
    expect(earnBackStatus({ ...base, later })).toEqual({
      status: 'earned_back',
      reason: 'all_met',
      deciding: [m('2025-02'), m('2025-03'), m('2025-04')],
    });
  });

  it('N = 3, met in Feb, missed in Mar → owed at once, decided by Feb and Mar', () => {
    const later = [m('2025-02'), m('2025-03', 'missed'), m('2025-04')];
    expect(earnBackStatus({ ...base, later })).toEqual({
      status: 'owed',
      reason: 'not_met',
      deciding: [m('2025-02'), m('2025-03', 'missed')],
    });
  });

  it('a breach is not met either', () => {
    expect(earnBackStatus({ ...base, later: [m('2025-02', 'breached')] }).status).toBe('owed');
  });

  it('N = 3, only Feb and Mar measured, no end date → pending', () => {
    expect(earnBackStatus({ ...base, later: [m('2025-02'), m('2025-03')] })).toEqual({
      status: 'pending',
      reason: 'awaiting_measurements',
      deciding: [m('2025-02'), m('2025-03')],
    });
  });

  it('months without a measurement are skipped: met in Feb, Apr, Jun → earned back', () => {
    const later = [m('2025-06'), m('2025-02'), m('2025-04')]; // in any order
    expect(earnBackStatus({ ...base, later })).toMatchObject({
      status: 'earned_back',
      deciding: [m('2025-02'), m('2025-04'), m('2025-06')],
    });
  });

  it('ignores measurements of the credit month and before', () => {
    const later = [m('2024-12', 'missed'), m('2025-01', 'breached'), m('2025-02')];
    expect(earnBackStatus({ ...base, later })).toMatchObject({ status: 'pending', deciding: [m('2025-02')] });
  });

  it('engagement ending 2025-03-31: Feb..Mar is 2 months < 3 → owed, although both were met', () => {
    const result = earnBackStatus({
      ...base,
      later: [m('2025-02'), m('2025-03')],
      engagementEndDate: '2025-03-31',
    });
    expect(result).toEqual({
      status: 'owed',
      reason: 'engagement_ends',
      deciding: [m('2025-02'), m('2025-03')],
    });
  });

  it('engagement ending 2025-04-15: Feb..Apr is exactly 3 months → pending, not owed', () => {
    const result = earnBackStatus({
      ...base,
      later: [m('2025-02'), m('2025-03')],
      engagementEndDate: '2025-04-15',
    });
    expect(result.status).toBe('pending');
  });

  it('engagement ending in the credit month itself (or before) leaves no month → owed', () => {
    expect(earnBackStatus({ ...base, engagementEndDate: '2025-01-31' }).status).toBe('owed');
    expect(earnBackStatus({ ...base, engagementEndDate: '2024-11-30' }).status).toBe('owed');
  });

  it('a miss decides before the end date does', () => {
    const result = earnBackStatus({
      ...base,
      later: [m('2025-02', 'missed')],
      engagementEndDate: '2025-02-28',
    });
    expect(result.reason).toBe('not_met');
  });

  it('three met months decide even when the engagement ended right after them', () => {
    const later = [m('2025-02'), m('2025-03'), m('2025-04')];
    expect(earnBackStatus({ ...base, later, engagementEndDate: '2025-04-30' }).status).toBe('earned_back');
  });

  it('refuses a negative or fractional N', () => {
    expect(() => earnBackStatus({ ...base, earnBackMonths: -1 })).toThrow(DomainError);
    expect(() => earnBackStatus({ ...base, earnBackMonths: 1.5 })).toThrow(DomainError);
  });
});
