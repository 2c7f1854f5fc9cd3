import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import { convertCents, FxTable } from './fx.ts';
import { formatMoney, parseMoney } from './money.ts';
import { netCostCents } from './net-cost.ts';
import { monthCredits } from './service-credits.ts';
import { slaStatus } from './sla-status.ts';

// Property tests of the exact arithmetic; FUZZ_RUNS sets the number of cases (CI: 200).
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const cents = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
const decimalText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
  .map(([units, scale]) => {
    const digits = units.toString().padStart(scale + 1, '0');
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });

/** Runs a rule; a DomainError is a refusal, anything else thrown is a crash. */
function refusedOrValue<T>(run: () => T): T | 'refused' {
  try {
    return run();
  } catch (error) {
    if (error instanceof DomainError) return 'refused';
    throw error;
  }
}

describe('money, FX and credits on random values', () => {
  it('reads back every amount it writes, and refuses text it cannot read with a domain error', () => {
    fc.assert(
      fc.property(cents, (value) => {
        expect(parseMoney(formatMoney(value))).toBe(value);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = refusedOrValue(() => parseMoney(text));
        if (value !== 'refused') expect(Number.isSafeInteger(value)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('converts exactly: the table gives the same cents as the exact rule, for any rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        decimalText.filter((rate) => /[1-9]/.test(rate)),
        (amount, rate) => {
          const table = new FxTable([{ currency: 'EUR', period: '2025-01', rate }], 'USD');
          const exact = refusedOrValue(() => convertCents(amount, rate));
          const fast = refusedOrValue(() => table.convert(amount, 'EUR', '2025-01'));
          expect(fast).toBe(exact);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('nets cost exactly or refuses, never rounds', () => {
    fc.assert(
      fc.property(cents, cents, cents, (charges, owed, pending) => {
        const net = refusedOrValue(() => netCostCents(charges, owed, pending));
        const exact = BigInt(charges) - BigInt(owed) - BigInt(pending);
        if (net === 'refused')
          expect(exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < -BigInt(Number.MAX_SAFE_INTEGER)).toBe(
            true,
          );
        else expect(BigInt(net)).toBe(exact);
      }),
      { numRuns: RUNS },
    );
  });

  it('never credits more than is at risk, and the parts add up to the total', () => {
    const allocation = fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 2_000 }).map((n) => (n / 100).toFixed(2)),
        fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), allocation), {
          selector: ([code]) => code,
          maxLength: 6,
        }),
        (chargesCents, atRiskPct, failing) => {
          const month = monthCredits({
            chargesCents,
            atRiskPct,
            failing: failing.map(([slaCode, allocationPct]) => ({ slaCode, allocationPct })),
          });
          expect(month.totalCents).toBeLessThanOrEqual(month.atRiskCents);
          expect(month.parts.reduce((sum, part) => sum + part.cents, 0)).toBe(month.totalCents);
          for (const part of month.parts) expect(part.cents).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('judges any actual against any levels without crashing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const),
        fc.oneof(decimalText, fc.string()),
        fc.option(fc.oneof(decimalText, fc.string()), { nil: null }),
        fc.oneof(decimalText, fc.string(), fc.double()),
        (direction, expected, minimum, actual) => {
          const status = refusedOrValue(() => slaStatus({ direction, expected, minimum }, actual));
          expect(['met', 'missed', 'breached', 'refused']).toContain(status);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
