import type { IsoDate } from '../dates.ts';
import { asOfDate, firstDayOfPeriod, monthsInRange, type Period, periodOfDate } from '../periods.ts';

/** What a range of months covers once "today" is known (DESIGN.md, report contract). */
export type ReportScope = {
  from: Period;
  to: Period;
  /** The last day of `to`, or today when that is earlier. */
  asOfDate: IsoDate;
  fromDate: IsoDate;
  /** Every month of the range. */
  rangeMonths: Period[];
  /** The months of the range that are not after the as-of month: the ones counted. */
  months: Period[];
};

export function reportScope(from: Period, to: Period, today: IsoDate): ReportScope {
  const asOf = asOfDate(to, today);
  const asOfMonth = periodOfDate(asOf);
  const last = asOfMonth < to ? asOfMonth : to;
  return {
    from,
    to,
    asOfDate: asOf,
    fromDate: firstDayOfPeriod(from),
    rangeMonths: monthsInRange(from, to),
    months: monthsInRange(from, last),
  };
}
