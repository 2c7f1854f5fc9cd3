import { DomainError } from './errors.ts';
import { assertCents, type Cents, roundHalfUp, splitByLargestRemainder, toCents } from './money.ts';

/** How far a fiscal year has run: its spend so far, the months elapsed (up to the as-of month) and its length. */
export type RunRateInput = { actualCents: Cents; elapsedMonths: number; totalMonths: number };

export type RunRateForecast = {
  /** Actual ÷ elapsed months, half-up to the cent; null before any month has elapsed. */
  runRateCents: Cents | null;
  /** Actual + actual × months left ÷ elapsed months, half-up to the cent (the actual once the year is over). */
  forecastCents: Cents;
};

function assertMonths(value: number, label: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new DomainError('INVALID_ARGUMENT', `${label} must be a whole number ≥ 0, got ${value}`);
  }
}

/**
 * The run-rate forecast to the fiscal year's end: the spend so far continues at its average monthly rate for the
 * months left. forecast = actual + round-half-up(actual × (total − elapsed) ÷ elapsed); with no elapsed month it is
 * the actual (nothing to extrapolate), and once every month has elapsed it is the actual.
 */
export function runRateForecast(input: RunRateInput): RunRateForecast {
  assertCents(input.actualCents, 'Actual spend');
  assertMonths(input.elapsedMonths, 'Elapsed months');
  assertMonths(input.totalMonths, 'Months of the year');
  const elapsed = Math.min(input.elapsedMonths, input.totalMonths);
  if (elapsed === 0) return { runRateCents: null, forecastCents: input.actualCents };
  const actual = BigInt(input.actualCents);
  const left = BigInt(input.totalMonths - elapsed);
  return {
    runRateCents: toCents(roundHalfUp(actual, BigInt(elapsed))),
    forecastCents: toCents(actual + roundHalfUp(actual * left, BigInt(elapsed))),
  };
}

export type BudgetVariance = {
  /** Forecast − budget: positive when the year is heading over budget. */
  varianceCents: Cents;
  /** Variance ÷ budget × 100, unrounded; null when there is no budget. */
  variancePct: number | null;
};

/** How far the forecast lands from the budget. */
export function budgetVariance(forecastCents: Cents, budgetCents: Cents): BudgetVariance {
  assertCents(forecastCents, 'Forecast');
  assertCents(budgetCents, 'Budget');
  const varianceCents = toCents(BigInt(forecastCents) - BigInt(budgetCents));
  return { varianceCents, variancePct: budgetCents === 0 ? null : (varianceCents * 100) / budgetCents };
}

/**
 * An annual budget as twelve monthly budgets that add up to it exactly: each month gets a twelfth rounded down to
 * the cent, and the cents left go to the first months (largest-remainder split of equal shares).
 */
export function monthlyBudgets(annualCents: Cents): Cents[] {
  assertCents(annualCents, 'Annual budget');
  if (annualCents < 0) throw new DomainError('INVALID_ARGUMENT', 'An annual budget cannot be negative');
  const twelfth = { num: BigInt(annualCents), den: 12n };
  return splitByLargestRemainder(
    annualCents,
    Array.from({ length: 12 }, () => twelfth),
  );
}
