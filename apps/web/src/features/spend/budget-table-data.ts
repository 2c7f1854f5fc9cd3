import type { RouterOutputs } from '../../lib/trpc.ts';

type BudgetTable = RouterOutputs['spend']['budgetTable'];
export type EngagementBudgetRow = BudgetTable['engagements'][number];
export type VendorBudgetRow = BudgetTable['vendors'][number];

/** Which way a variance goes: over budget (bad), under it, or on it. */
export type VarianceTone = 'over' | 'under' | 'on';

/** The sign convention of the table: variance = forecast − budget, so a positive variance is over budget. */
export function varianceTone(variance: string): VarianceTone {
  const value = Number(variance);
  return value > 0 ? 'over' : value < 0 ? 'under' : 'on';
}

/** The legend under the table, saying the sign convention in words. */
export const VARIANCE_LEGEND =
  'Variance = run-rate forecast − budget: positive (red, ▲) is heading over budget, which is bad; negative (green, ▼) is under budget.';

/** A variance as read aloud and beside its colour: the arrow says the direction without the colour. */
export function varianceMark(tone: VarianceTone): string {
  return tone === 'over' ? '▲' : tone === 'under' ? '▼' : '';
}
