import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import { netCostCents } from './net-cost.ts';

describe('netCostCents = charges − owed − pending', () => {
  it('charges 120,000.00, owed 1,500.25, pending 320.10 → 118,179.65', () => {
    expect(netCostCents(12000000, 150025, 32010)).toBe(11817965);
  });

  it('with no credits the net cost is the charges', () => {
    expect(netCostCents(12000000, 0, 0)).toBe(12000000);
  });

  it('refuses fractions of a cent', () => {
    expect(() => netCostCents(0.5, 0, 0)).toThrow(DomainError);
  });
});
