import { describe, expect, it } from 'vitest';
import { isFailing, type SlaLevels, slaPeriodStatus, slaStatus } from './sla-status.ts';

describe('slaStatus, higher is better (e.g. first-call resolution %)', () => {
  const sla: SlaLevels = { direction: 'higher_is_better', expected: 95, minimum: 90 };

  it.each([
    [96, 'met'],
    [95, 'met'], // exactly on the target
    [94.99, 'missed'],
    [90, 'missed'], // exactly on the minimum
    [89.99, 'breached'],
  ] as const)('actual %s with target 95 and minimum 90 is %s', (actual, status) => {
    expect(slaStatus(sla, actual)).toBe(status);
  });

  it('without a minimum a miss is never a breach: 10 against 95 is missed', () => {
    expect(slaStatus({ ...sla, minimum: null }, 10)).toBe('missed');
    expect(slaStatus({ ...sla, minimum: null }, 95)).toBe('met');
  });
});

describe('slaStatus, lower is better (e.g. average handle time in seconds)', () => {
  const sla: SlaLevels = { direction: 'lower_is_better', expected: 30, minimum: 60 };

  it.each([
    [29, 'met'],
    [30, 'met'], // exactly on the target
    [30.01, 'missed'],
    [60, 'missed'], // exactly on the minimum
    [60.01, 'breached'],
  ] as const)('actual %s with target 30 and minimum 60 is %s', (actual, status) => {
    expect(slaStatus(sla, actual)).toBe(status);
  });

  it('without a minimum a miss is never a breach: 1000 against 30 is missed', () => {
    expect(slaStatus({ ...sla, minimum: null }, 1000)).toBe('missed');
  });
});

describe('exact comparison of database decimals', () => {
  it('"95.00" reaches 95, and "99.949" falls short of "99.95"', () => {
    expect(slaStatus({ direction: 'higher_is_better', expected: '95', minimum: null }, '95.00')).toBe('met');
    expect(slaStatus({ direction: 'higher_is_better', expected: '99.95', minimum: '99.9' }, '99.949')).toBe(
      'missed',
    );
  });

  it('compares decimals a double cannot tell apart: 0.30000000000000001 > 0.3', () => {
    const sla: SlaLevels = { direction: 'lower_is_better', expected: '0.3', minimum: null };
    expect(slaStatus(sla, '0.30000000000000001')).toBe('missed');
  });
});

describe('slaPeriodStatus', () => {
  const sla: SlaLevels = { direction: 'higher_is_better', expected: 95, minimum: 90 };

  it('a month without a measurement is unreported, never met', () => {
    expect(slaPeriodStatus(sla, null)).toBe('unreported');
    expect(slaPeriodStatus(sla, undefined)).toBe('unreported');
    expect(slaPeriodStatus(sla, 97)).toBe('met');
  });

  it('missed and breached count against credits, met and unreported do not', () => {
    expect([isFailing('met'), isFailing('missed'), isFailing('breached'), isFailing('unreported')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
