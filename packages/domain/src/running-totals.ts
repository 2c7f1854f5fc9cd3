import { type Cents, sumCents } from './money.ts';

/** Running totals of amounts month by month (cumulative savings, planned vs realized): [1, 2, 3] → [1, 3, 6]. */
export function runningTotals(values: readonly Cents[]): Cents[] {
  const totals: Cents[] = [];
  let total = 0;
  for (const value of values) {
    total = sumCents([total, value]);
    totals.push(total);
  }
  return totals;
}
