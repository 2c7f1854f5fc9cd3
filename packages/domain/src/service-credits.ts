import {
  compareDecimals,
  compareRatios,
  type Decimal,
  type DecimalInput,
  decimalToNumber,
  decimalToRatio,
  divideRatios,
  multiplyRatios,
  parseDecimal,
  type Ratio,
  ratio,
  ratioToNumber,
  sumRatios,
} from './decimal.ts';
import { DomainError } from './errors.ts';
import { assertCents, type Cents, ratioToCents, splitByLargestRemainder } from './money.ts';

/** A critical SLA that was `missed` or `breached` in the month, with its share of the at-risk amount (percent). */
export type FailingSla = { slaCode: string; allocationPct: DecimalInput };

export type MonthCreditsInput = {
  /** The month's `base` and `volume` charges, in the engagement's currency. */
  chargesCents: Cents;
  atRiskPct: DecimalInput;
  failing: readonly FailingSla[];
};

/** One SLA's credit in a month. */
export type CreditPart = {
  slaCode: string;
  allocationPct: number;
  /** The exact share after the cap, unrounded, for display only. */
  exactShareCents: number;
  cents: Cents;
};

export type MonthCredits = {
  /** Charges × at-risk %, exactly, in cents. */
  atRisk: Ratio;
  /** The at-risk amount rounded half-up to the cent, for display. */
  atRiskCents: Cents;
  /** Whether the failing SLAs' allocations passed 100 % so that their credits were scaled down to the at-risk amount. */
  capped: boolean;
  totalCents: Cents;
  /** One per failing SLA, in the order given; they add up to `totalCents`. */
  parts: CreditPart[];
};

const HUNDRED: Ratio = { num: 100n, den: 1n };

function parsePercent(value: DecimalInput, label: string): Decimal {
  const percent = parseDecimal(value);
  if (percent.units < 0n || compareDecimals(percent, { units: 100n, scale: 0 }) > 0) {
    throw new DomainError('INVALID_ARGUMENT', `${label} must be between 0 and 100 %, got ${value}`);
  }
  return percent;
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A month's service credits by the pool-allocation model: each failing SLA owes at-risk amount × its allocation %,
 * the total is capped at the at-risk amount (shares scaled in proportion), rounded half-up to the cent once, and
 * split by largest remainder (equal remainders: larger allocation first, then SLA code).
 */
export function monthCredits(input: MonthCreditsInput): MonthCredits {
  assertCents(input.chargesCents, 'Monthly charges');
  const atRiskPct = parsePercent(input.atRiskPct, 'The at-risk percentage');
  // Credits are a share of what was charged; a month whose charges net to zero or below puts nothing at risk.
  const charges = ratio(BigInt(Math.max(0, input.chargesCents)), 1n);
  const atRisk = multiplyRatios(charges, divideRatios(decimalToRatio(atRiskPct), HUNDRED));
  const slas = input.failing.map((sla) => {
    const allocation = parsePercent(sla.allocationPct, `The allocation of ${sla.slaCode}`);
    return { slaCode: sla.slaCode, allocation, fraction: decimalToRatio(allocation) };
  });
  const allocated = sumRatios(slas.map((sla) => sla.fraction));
  const capped = atRisk.num > 0n && compareRatios(allocated, HUNDRED) > 0;
  // Uncapped each owes atRisk × a / 100; capped, atRisk × a / Σa, so that the shares add up to the at-risk amount.
  const divisor = capped ? allocated : HUNDRED;
  const shares = slas.map((sla) => multiplyRatios(atRisk, divideRatios(sla.fraction, divisor)));
  const totalCents = ratioToCents(sumRatios(shares));
  const cents = splitByLargestRemainder(totalCents, shares, (a, b) => {
    const first = slas[a];
    const second = slas[b];
    if (!first || !second) return 0;
    return compareDecimals(second.allocation, first.allocation) || byCode(first.slaCode, second.slaCode);
  });
  return {
    atRisk,
    atRiskCents: ratioToCents(atRisk),
    capped,
    totalCents,
    parts: slas.map((sla, index) => ({
      slaCode: sla.slaCode,
      allocationPct: decimalToNumber(sla.allocation),
      exactShareCents: ratioToNumber(shares[index] ?? ratio(0n, 1n)),
      cents: cents[index] ?? 0,
    })),
  };
}
