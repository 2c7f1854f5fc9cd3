import { assertCents, type Cents, multiplyCents, toCents } from './money.ts';

/** Savings = baseline cost (what the work cost in-house) − net cost. */
export function savingsCents(baseline: Cents, netCost: Cents): Cents {
  assertCents(baseline, 'Baseline');
  assertCents(netCost, 'Net cost');
  return toCents(BigInt(baseline) - BigInt(netCost));
}

/** Savings % = savings ÷ baseline × 100, unrounded; null when the baseline is 0. */
export function savingsPct(savings: Cents, baseline: Cents): number | null {
  assertCents(savings, 'Savings');
  assertCents(baseline, 'Baseline');
  return baseline === 0 ? null : (savings * 100) / baseline;
}

export type PlannedVsRealized = {
  plannedCents: Cents;
  realizedCents: Cents;
  /** Realized − planned: negative when savings fall short of the plan. */
  differenceCents: Cents;
  /** Realized ÷ planned × 100, unrounded; null when nothing was planned. */
  realizedPctOfPlan: number | null;
};

/** Planned savings (planned monthly savings × months) beside the realized savings of the same months. */
export function plannedVsRealized(plannedMonthly: Cents, months: number, realized: Cents): PlannedVsRealized {
  const plannedCents = multiplyCents(plannedMonthly, months);
  assertCents(realized, 'Realized savings');
  return {
    plannedCents,
    realizedCents: realized,
    differenceCents: toCents(BigInt(realized) - BigInt(plannedCents)),
    realizedPctOfPlan: plannedCents === 0 ? null : (realized * 100) / plannedCents,
  };
}
