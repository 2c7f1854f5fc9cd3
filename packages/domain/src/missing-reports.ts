import type { z } from 'zod';
import { daysBetween, type IsoDate } from './dates.ts';
import { formatMonth, plural } from './display-format.ts';
import {
  addMonths,
  comparePeriods,
  lastDayOfPeriod,
  monthsInRange,
  type Period,
  periodOfDate,
} from './periods.ts';
import { engagementFilterSchema } from './report-input.ts';
import { checkRange, periodSchema } from './schemas.ts';

/**
 * Missing reports: the SLAs (not archived) that have no measurement for a closed month — a month that ended
 * before today — in which their engagement ran. An SLA carries no dates of its own, so its life is its
 * engagement's period until it is archived. The alerts (alerts/missing-reports.ts) look at the last three closed
 * months; the Missing reports page and `portfolio missing` at the closed months of a range.
 */

/** An SLA and the months it was looked for in, in which its engagement ran, that have no measurement. */
export type MissingReportFact = {
  engagement: string;
  engagementName: string;
  vendor: string;
  sla: string;
  slaName: string;
  missing: readonly Period[];
};

/** How many closed months the page and the command look at when no range is given. */
export const MISSING_REPORT_DEFAULT_MONTHS = 12;

/** `missing`'s input: the shared engagement filter and, optionally, a range (default: the last 12 closed months). */
export const missingReportsInputSchema = engagementFilterSchema
  .extend({ from: periodSchema.optional(), to: periodSchema.optional() })
  .superRefine((input, ctx) => {
    if ((input.from === undefined) !== (input.to === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give both `from` and `to`, or neither', path: ['to'] });
      return;
    }
    if (input.from !== undefined && input.to !== undefined)
      checkRange({ from: input.from, to: input.to }, ctx);
  });
export type MissingReportsInput = z.infer<typeof missingReportsInputSchema>;

/**
 * The closed months of a range on `today`: its months before the month of today (a month is closed once it has
 * ended). Without a range, the last 12 closed months. Empty when the range has no closed month.
 */
export function closedMonthsOf(range: { from: Period; to: Period } | undefined, today: IsoDate): Period[] {
  const lastClosed = addMonths(periodOfDate(today), -1);
  if (!range) return monthsInRange(addMonths(lastClosed, 1 - MISSING_REPORT_DEFAULT_MONTHS), lastClosed);
  return monthsInRange(range.from, comparePeriods(range.to, lastClosed) < 0 ? range.to : lastClosed);
}

/** Days from the last day of a closed month to today: October's report, on 15 November, is 15 days late. */
export function daysSinceClosed(period: Period, today: IsoDate): number {
  return daysBetween(lastDayOfPeriod(period), today);
}

export type MissingMonth = { period: Period; daysSinceClosed: number };
export type MissingSla = { sla: string; slaName: string; months: MissingMonth[] };
export type MissingEngagement = { engagement: string; engagementName: string; slas: MissingSla[] };
/** One vendor's missing reports, and the request asking for them. */
export type VendorMissingReports = {
  vendor: string;
  engagements: MissingEngagement[];
  /** SLA-months without a report. */
  slaMonths: number;
  /** Days since the oldest missing month closed. */
  oldestDays: number;
  request: ReportRequest;
};
export type ReportRequest = { subject: string; body: string };

/** A flat row per missing SLA-month, for tables and CSV: vendor, engagement, SLA and month, oldest first. */
export type MissingReportRow = {
  vendor: string;
  engagement: string;
  engagementName: string;
  sla: string;
  slaName: string;
  period: Period;
  daysSinceClosed: number;
};

/**
 * Groups the facts by vendor (alphabetically), then engagement and SLA (by code), each SLA's months oldest first
 * with the days since they closed; SLAs without a missing month are left out.
 */
export function missingReportsByVendor(
  facts: readonly MissingReportFact[],
  today: IsoDate,
): VendorMissingReports[] {
  const byVendor = new Map<string, Map<string, MissingEngagement>>();
  const sorted = [...facts].sort(
    (a, b) =>
      a.vendor.localeCompare(b.vendor) ||
      a.engagement.localeCompare(b.engagement) ||
      a.sla.localeCompare(b.sla),
  );
  for (const fact of sorted) {
    if (fact.missing.length === 0) continue;
    const engagements = byVendor.get(fact.vendor) ?? new Map<string, MissingEngagement>();
    byVendor.set(fact.vendor, engagements);
    const engagement = engagements.get(fact.engagement) ?? {
      engagement: fact.engagement,
      engagementName: fact.engagementName,
      slas: [],
    };
    engagements.set(fact.engagement, engagement);
    engagement.slas.push({
      sla: fact.sla,
      slaName: fact.slaName,
      months: [...fact.missing]
        .sort()
        .map((period) => ({ period, daysSinceClosed: daysSinceClosed(period, today) })),
    });
  }
  return [...byVendor].map(([vendor, engagementMap]) => {
    const engagements = [...engagementMap.values()];
    const months = engagements.flatMap((e) => e.slas.flatMap((s) => s.months));
    const oldestDays = Math.max(...months.map((m) => m.daysSinceClosed));
    return {
      vendor,
      engagements,
      slaMonths: months.length,
      oldestDays,
      request: reportRequest(vendor, engagements),
    };
  });
}

/** The rows of the vendors' missing reports, in their order. */
export function missingReportRows(vendors: readonly VendorMissingReports[]): MissingReportRow[] {
  return vendors.flatMap((v) =>
    v.engagements.flatMap((e) =>
      e.slas.flatMap((s) =>
        s.months.map((m) => ({
          vendor: v.vendor,
          engagement: e.engagement,
          engagementName: e.engagementName,
          sla: s.sla,
          slaName: s.slaName,
          period: m.period,
          daysSinceClosed: m.daysSinceClosed,
        })),
      ),
    ),
  );
}

/**
 * The request to a vendor, ready to send: a subject and a plain-text body listing each engagement's SLAs and the
 * months their reports are missing for, with how long ago each month closed.
 */
export function reportRequest(vendor: string, engagements: readonly MissingEngagement[]): ReportRequest {
  const slaMonths = engagements.reduce((sum, e) => sum + e.slas.reduce((n, s) => n + s.months.length, 0), 0);
  const lines = engagements.flatMap((e) => [
    '',
    `${e.engagement} · ${e.engagementName}`,
    ...e.slas.map(
      (s) =>
        `- ${s.sla} (${s.slaName}): ${s.months
          .map((m) => `${formatMonth(m.period)} (closed ${plural(m.daysSinceClosed, 'day')} ago)`)
          .join(', ')}`,
    ),
  ]);
  return {
    subject: `Missing SLA reports: ${plural(slaMonths, 'SLA-month')}`,
    body: [
      `Hello ${vendor},`,
      '',
      'We have not received your SLA reports for these months:',
      ...lines,
      '',
      'Please send the measurements for each of them, or tell us when we can expect them.',
      '',
      'Thank you.',
    ].join('\n'),
  };
}
