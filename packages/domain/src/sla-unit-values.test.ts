import { describe, expect, it } from 'vitest';
import { slaValueIssue } from './sla-unit-values.ts';

describe('slaValueIssue: the values a unit can have', () => {
  it('a percentage lies from 0 to 100, both included', () => {
    expect(slaValueIssue('%', '0')).toBeNull();
    expect(slaValueIssue('%', '100.00')).toBeNull();
    expect(slaValueIssue('%', '99.95')).toBeNull();
    expect(slaValueIssue('%', '100.01')).toBe('is not a percentage from 0 to 100');
    expect(slaValueIssue('%', '-0.5')).toBe('is not a percentage from 0 to 100');
  });

  it('a duration is never below 0 (0 is a duration)', () => {
    expect(slaValueIssue('seconds', '0')).toBeNull();
    expect(slaValueIssue('seconds', '-3')).toBe('is negative: a duration in seconds cannot be below 0');
    expect(slaValueIssue('minutes', '-0.01')).toBe('is negative: a duration in minutes cannot be below 0');
    expect(slaValueIssue('hours', '4.5')).toBeNull();
    expect(slaValueIssue('days', '-1')).toBe('is negative: a duration in days cannot be below 0');
  });

  it('a count is a whole number, 0 or more; "12.0" is whole', () => {
    expect(slaValueIssue('count', '500')).toBeNull();
    expect(slaValueIssue('count', '12.0')).toBeNull();
    expect(slaValueIssue('count', '12.5')).toBe('is not a count: counts are whole numbers, 0 or more');
    expect(slaValueIssue('count', '-1')).toBe('is not a count: counts are whole numbers, 0 or more');
  });

  it('a score may be any number; text that is no number is left to the cell parser', () => {
    expect(slaValueIssue('score', '-2.5')).toBeNull();
    expect(slaValueIssue('seconds', 'abc')).toBeNull();
  });
});
