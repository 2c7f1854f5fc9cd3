import { describe, expect, it } from 'vitest';
import { compareRatios, ratio } from './decimal.ts';
import { DomainError } from './errors.ts';
import { formatMoney, roundHalfUp } from './money.ts';
import { type FailingSla, monthCredits } from './service-credits.ts';

/** mulberry32: a small seeded generator, so the property runs are the same on every machine. */
function seeded(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max + 1));
  };
}

const amounts = (credits: ReturnType<typeof monthCredits>) =>
  Object.fromEntries(credits.parts.map((part) => [part.slaCode, formatMoney(part.cents)]));

describe('monthCredits: the contract example', () => {
  // Charges 106,202.50 at 10 % → at-risk 10,620.25. ABN and ASA at 60 % each would owe 6,372.15 each = 12,744.30,
  // over the cap, so each is scaled to 10,620.25 × 60/120 = 5,310.125; the total 10,620.25 splits 5,310.12 each
  // plus one cent left, which goes (equal remainders, equal allocations) to the code first in order: ABN.
  const credits = monthCredits({
    chargesCents: 10620250,
    atRiskPct: '10.00',
    failing: [
      { slaCode: 'ASA', allocationPct: '60.00' },
      { slaCode: 'ABN', allocationPct: '60.00' },
    ],
  });

  it('at-risk 10,620.25, two SLAs at 60 % → capped shares 5,310.125 each → ABN 5,310.13, ASA 5,310.12', () => {
    expect(credits.atRisk).toEqual({ num: 1062025n, den: 1n });
    expect(credits.atRiskCents).toBe(1062025);
    expect(credits.capped).toBe(true);
    expect(formatMoney(credits.totalCents)).toBe('10620.25');
    expect(amounts(credits)).toEqual({ ABN: '5310.13', ASA: '5310.12' });
  });

  it('keeps the parts in the order given and shows the unrounded shares', () => {
    expect(credits.parts).toEqual([
      { slaCode: 'ASA', allocationPct: 60, exactShareCents: 531012.5, cents: 531012 },
      { slaCode: 'ABN', allocationPct: 60, exactShareCents: 531012.5, cents: 531013 },
    ]);
  });
});

describe('monthCredits: worked examples', () => {
  it('no failing SLA → no credit (at-risk 500.00 of charges 5,000.00 at 10 %)', () => {
    const credits = monthCredits({ chargesCents: 500000, atRiskPct: 10, failing: [] });
    expect(credits).toEqual({
      atRisk: { num: 50000n, den: 1n },
      atRiskCents: 50000,
      capped: false,
      totalCents: 0,
      parts: [],
    });
  });

  it('a month with no charges → 0 credits even with a failing SLA', () => {
    const credits = monthCredits({
      chargesCents: 0,
      atRiskPct: 10,
      failing: [{ slaCode: 'AHT', allocationPct: 50 }],
    });
    expect(credits.totalCents).toBe(0);
    expect(credits.capped).toBe(false);
    expect(credits.parts).toEqual([{ slaCode: 'AHT', allocationPct: 50, exactShareCents: 0, cents: 0 }]);
  });

  it('charges that net below zero (a credit note) put nothing at risk', () => {
    const credits = monthCredits({
      chargesCents: -10000,
      atRiskPct: 10,
      failing: [{ slaCode: 'AHT', allocationPct: 50 }],
    });
    expect(credits.atRiskCents).toBe(0);
    expect(credits.totalCents).toBe(0);
  });

  it('allocations under 100 %: at-risk 30,000.00, AHT 25 % + FCR 15 % → 7,500.00 + 4,500.00, not capped', () => {
    // Charges 250,000.00 at 12 % = 30,000.00 at risk.
    const credits = monthCredits({
      chargesCents: 25000000,
      atRiskPct: '12',
      failing: [
        { slaCode: 'AHT', allocationPct: '25' },
        { slaCode: 'FCR', allocationPct: '15' },
      ],
    });
    expect(credits.capped).toBe(false);
    expect(formatMoney(credits.totalCents)).toBe('12000.00');
    expect(amounts(credits)).toEqual({ AHT: '7500.00', FCR: '4500.00' });
  });

  it('the cap bites with 50/40/30 %: at-risk 10,000.00 → 4,166.67 + 3,333.33 + 2,500.00', () => {
    // Σ 120 % > 100 %: shares are 10,000 × 50/120 = 4,166.666…, × 40/120 = 3,333.333…, × 30/120 = 2,500.
    // Floors 4,166.66 + 3,333.33 + 2,500.00 = 9,999.99; the cent left goes to the largest remainder (0.666… cent).
    const credits = monthCredits({
      chargesCents: 10000000,
      atRiskPct: 10,
      failing: [
        { slaCode: 'ABA', allocationPct: 50 },
        { slaCode: 'CSAT', allocationPct: 40 },
        { slaCode: 'FCR', allocationPct: 30 },
      ],
    });
    expect(credits.capped).toBe(true);
    expect(formatMoney(credits.totalCents)).toBe('10000.00');
    expect(amounts(credits)).toEqual({ ABA: '4166.67', CSAT: '3333.33', FCR: '2500.00' });
    expect(credits.parts[0]?.exactShareCents).toBeCloseTo(416666.6667, 3);
  });

  it('rounds the total half-up once: at-risk 123.45, one SLA at 10 % → 12.345 → 12.35', () => {
    // Charges 1,234.50 at 10 % = 123.45 at risk; 10 % of it is 1,234.5 cents.
    const credits = monthCredits({
      chargesCents: 123450,
      atRiskPct: 10,
      failing: [{ slaCode: 'QA', allocationPct: 10 }],
    });
    expect(formatMoney(credits.totalCents)).toBe('12.35');
  });

  it('and below the half rounds down: at-risk 123.449, one SLA at 10 % → 12.3449 → 12.34', () => {
    // Charges 1,234.49 at 10 % = 12,344.9 cents at risk (displayed 123.45); 10 % of it is 1,234.49 cents.
    const credits = monthCredits({
      chargesCents: 123449,
      atRiskPct: 10,
      failing: [{ slaCode: 'QA', allocationPct: 10 }],
    });
    expect(credits.atRisk).toEqual({ num: 123449n, den: 10n });
    expect(credits.atRiskCents).toBe(12345);
    expect(formatMoney(credits.totalCents)).toBe('12.34');
  });

  it('equal remainders go to the larger allocation before the code: A 10.05 %, B 20.05 % of 10.00 → A 1.00, B 2.01', () => {
    // Charges 100.00 at 10 % = 1,000 cents at risk; A owes 100.5 cents and B 200.5: total 301 cents exactly,
    // floors 100 + 200, the one cent left goes to B (larger allocation), although A comes first alphabetically.
    const credits = monthCredits({
      chargesCents: 10000,
      atRiskPct: 10,
      failing: [
        { slaCode: 'A', allocationPct: '10.05' },
        { slaCode: 'B', allocationPct: '20.05' },
      ],
    });
    expect(credits.totalCents).toBe(301);
    expect(amounts(credits)).toEqual({ A: '1.00', B: '2.01' });
  });

  it('exactly 100 % is not capped: 60 % + 40 % of at-risk 1,000.00 → 600.00 + 400.00', () => {
    const credits = monthCredits({
      chargesCents: 1000000,
      atRiskPct: 10,
      failing: [
        { slaCode: 'X', allocationPct: 60 },
        { slaCode: 'Y', allocationPct: 40 },
      ],
    });
    expect(credits.capped).toBe(false);
    expect(amounts(credits)).toEqual({ X: '600.00', Y: '400.00' });
  });

  it('refuses percentages outside 0–100 and fractions of a cent', () => {
    const failing: FailingSla[] = [{ slaCode: 'X', allocationPct: 60 }];
    expect(() => monthCredits({ chargesCents: 100, atRiskPct: -1, failing })).toThrow(DomainError);
    expect(() => monthCredits({ chargesCents: 100, atRiskPct: 101, failing })).toThrow(DomainError);
    expect(() =>
      monthCredits({
        chargesCents: 100,
        atRiskPct: 10,
        failing: [{ slaCode: 'X', allocationPct: '100.01' }],
      }),
    ).toThrow(DomainError);
    expect(() => monthCredits({ chargesCents: 100.5, atRiskPct: 10, failing })).toThrow(DomainError);
  });
});

describe('monthCredits: properties over seeded random months', () => {
  const next = seeded(20250317);
  const months = Array.from({ length: 400 }, () => {
    const codes = ['ABN', 'ASA', 'AHT', 'CSAT', 'FCR', 'QA'].filter(() => next(1) === 1);
    return {
      chargesCents: next(1) ? next(99_999_999) : next(100),
      atRiskPct: (next(2000) / 100).toFixed(2),
      failing: codes.map((slaCode) => ({ slaCode, allocationPct: (next(10000) / 100).toFixed(2) })),
    };
  });

  it('parts always add up to the total, and the total never passes the at-risk amount', () => {
    for (const month of months) {
      const credits = monthCredits(month);
      expect(credits.parts.reduce((sum, part) => sum + part.cents, 0)).toBe(credits.totalCents);
      expect(credits.totalCents).toBeLessThanOrEqual(credits.atRiskCents);
      for (const part of credits.parts) {
        expect(part.cents).toBeGreaterThanOrEqual(0);
        expect(Math.abs(part.cents - part.exactShareCents)).toBeLessThan(1);
      }
    }
  });

  it('the total is the at-risk amount × min(Σ allocations, 100 %), rounded half-up once', () => {
    for (const month of months) {
      const credits = monthCredits(month);
      // In hundredths of a percent: Σ allocations, capped at 100 % = 10,000.
      const allocated = month.failing.reduce(
        (sum, sla) => sum + BigInt(Math.round(Number(sla.allocationPct) * 100)),
        0n,
      );
      const capped = allocated > 10000n ? 10000n : allocated;
      const atRiskBasisPoints = BigInt(Math.round(Number(month.atRiskPct) * 100));
      const expected = roundHalfUp(BigInt(month.chargesCents) * atRiskBasisPoints * capped, 10000n * 10000n);
      expect(BigInt(credits.totalCents)).toBe(expected);
      expect(credits.capped).toBe(credits.atRisk.num > 0n && allocated > 10000n);
      expect(
        compareRatios(credits.atRisk, ratio(BigInt(month.chargesCents) * atRiskBasisPoints, 10000n)),
      ).toBe(0);
    }
  });

  it('the order the failing SLAs are listed in does not change what each owes', () => {
    for (const month of months) {
      const forward = amounts(monthCredits(month));
      const backward = amounts(monthCredits({ ...month, failing: [...month.failing].reverse() }));
      expect(backward).toEqual(forward);
    }
  });
});
