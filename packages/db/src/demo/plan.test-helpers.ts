import { addMonths, periodOfDate } from '@portfolio/domain';
import { type PlannedEngagement, planPortfolio } from './plan.ts';

// The demo plan at scale 1 and the checks shared by plan.test.ts and plan-records.test.ts.

export const TODAY = '2025-11-14';
export const CURRENT = periodOfDate(TODAY);
/** The first month of the 24-month window ending in the month of today. */
export const FIRST = addMonths(CURRENT, -23);
export const plan = planPortfolio({ today: TODAY });
export const engagementByCode = new Map(plan.engagements.map((e) => [e.code, e]));
export const engagementOf = (code: string): PlannedEngagement => {
  const engagement = engagementByCode.get(code);
  if (!engagement) throw new Error(`no engagement ${code}`);
  return engagement;
};
export const countBy = <T>(rows: readonly T[], key: (row: T) => string) =>
  rows.reduce<Record<string, number>>((counts, row) => {
    counts[key(row)] = (counts[key(row)] ?? 0) + 1;
    return counts;
  }, {});
export const DECIMAL = /^\d+(\.\d+)?$/;
export const MONEY = /^\d+\.\d{2}$/;
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
