import type { IsoDate } from '../dates.ts';
import { formatMonth, plural } from '../display-format.ts';
import { daysSinceClosed as daysSince, type MissingReportFact } from '../missing-reports.ts';
import { addMonths, type Period, periodOfDate } from '../periods.ts';
import { type AlertBase, type AlertSeverity, alertKey, dashboardLink } from './alert.ts';

/** The closed months a missing report is looked for in: the last three. */
export const MISSING_REPORT_MONTHS = 3;
/** Days after a month closes in which its report may still be on its way (vendors report in the first days). */
export const REPORT_GRACE_DAYS = 10;

/** The last three closed months: the three before the month of today. */
export function missingReportWindow(current: Period): Period[] {
  return Array.from({ length: MISSING_REPORT_MONTHS }, (_, i) =>
    addMonths(current, i - MISSING_REPORT_MONTHS),
  );
}

export type MissingReportData = {
  /** Each SLA without a report, with the months missing. */
  slas: { sla: string; slaName: string; missing: Period[] }[];
  /** SLA-months without a report. */
  slaMonths: number;
  /** Days since the oldest missing month closed. */
  daysSinceClosed: number;
};

export type MissingReportAlert = AlertBase & { kind: 'missing_report'; data: MissingReportData };

/** "Aug, Sep and Oct 2026"; "Dec 2025 and Jan 2026". */
function months(periods: readonly Period[]): string {
  const names = periods.map((period, i) => {
    const sameYearAsNext = periods[i + 1]?.slice(0, 4) === period.slice(0, 4);
    return sameYearAsNext ? formatMonth(period).slice(0, 3) : formatMonth(period);
  });
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Missing reports: SLAs of an engagement without a measurement for a closed month among the last three, one alert
 * per engagement (a vendor reports an engagement's SLAs together). Critical when an SLA misses two or more of those
 * months; warning when a month is missing that closed more than 10 days ago; info while the last month's report may
 * still be on its way. Magnitude: the SLA-months missing, so an acknowledged alert comes back when another is missed.
 */
export function missingReportAlerts(
  facts: readonly MissingReportFact[],
  today: IsoDate,
): MissingReportAlert[] {
  const current = periodOfDate(today);
  const byEngagement = new Map<string, MissingReportFact[]>();
  for (const fact of facts) {
    if (fact.missing.length === 0) continue;
    byEngagement.set(fact.engagement, [...(byEngagement.get(fact.engagement) ?? []), fact]);
  }
  return [...byEngagement.values()].map((slas) => {
    const [first] = slas as [MissingReportFact];
    const oldest = slas.flatMap((s) => s.missing).sort()[0] ?? current;
    const daysSinceClosed = daysSince(oldest, today);
    const slaMonths = slas.reduce((sum, s) => sum + s.missing.length, 0);
    const severity: AlertSeverity = slas.some((s) => s.missing.length >= 2)
      ? 'critical'
      : daysSinceClosed > REPORT_GRACE_DAYS
        ? 'warning'
        : 'info';
    const detail = slas.map((s) => `${s.sla} (${s.slaName}): ${months([...s.missing].sort())}`).join('; ');
    return {
      key: alertKey('missing_report', first.engagement),
      kind: 'missing_report',
      severity,
      title: `${first.engagement} · ${first.engagementName}: ${plural(slaMonths, 'SLA report')} missing`,
      detail: `${first.vendor} has not reported ${detail}.`,
      magnitude: slaMonths,
      subject: {
        engagement: first.engagement,
        engagementName: first.engagementName,
        vendor: first.vendor,
        sla: slas.length === 1 ? first.sla : null,
        deliverable: null,
      },
      link: dashboardLink(['engagements', first.engagement], {
        range: 'custom',
        from: addMonths(current, -11),
        to: current,
      }),
      data: {
        slas: slas.map((s) => ({ sla: s.sla, slaName: s.slaName, missing: [...s.missing].sort() })),
        slaMonths,
        daysSinceClosed,
      },
    };
  });
}
