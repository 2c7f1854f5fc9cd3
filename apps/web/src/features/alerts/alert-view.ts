import {
  ALERT_ACKNOWLEDGED_BY,
  ALERT_KIND_LABELS,
  ALERT_KINDS,
  type AlertCounts,
  type AlertKind,
  type AlertSeverity,
  addMonths,
  dayNumber,
  type EngagementFilter,
  lastDayOfPeriod,
} from '@portfolio/domain';
import type { Filters } from '../../lib/filters.ts';

/** The engagement filter of the shared filters: alerts are as of today, so the range does not apply. */
export function alertFilter(filters: Filters): EngagementFilter {
  return {
    ...(filters.type ? { types: [filters.type] } : {}),
    ...(filters.vendor ? { vendors: [filters.vendor] } : {}),
    ...(filters.serviceLine ? { serviceLines: [filters.serviceLine] } : {}),
    ...(filters.location ? { locations: [filters.location] } : {}),
    ...(filters.businessUnit ? { businessUnits: [filters.businessUnit] } : {}),
  };
}

/** Every kind in the rules' order with its alerts (a kind without alerts too: "none" is news as well). */
export function groupAlerts<A extends { kind: AlertKind }>(alerts: readonly A[]) {
  return ALERT_KINDS.map((kind) => ({
    kind,
    label: ALERT_KIND_LABELS[kind],
    alerts: alerts.filter((alert) => alert.kind === kind),
  }));
}

/** What the link of an alert opens. */
export function evidenceLabel(alert: { kind: AlertKind; subject: { engagement: string | null } }): string {
  switch (alert.kind) {
    case 'sla_at_risk':
    case 'chronic_miss':
      return 'SLA trend and credits';
    case 'missing_report':
      return 'Engagement SLAs';
    case 'renewal':
      return 'Engagement, last 12 months';
    case 'budget_overrun':
      return alert.subject.engagement === null ? 'Spend against budget' : 'Engagement, this fiscal year';
    case 'deliverable_due':
      return 'Engagement deliverables';
  }
}

/** Whether the caller may acknowledge alerts of a kind (finance the budget ones, operations the others). */
export function mayAcknowledge(kind: AlertKind, can: { operations: boolean; finance: boolean }): boolean {
  return can[ALERT_ACKNOWLEDGED_BY[kind]];
}

/** The most severe level with an alert showing, for the badge's colour; null when nothing shows. */
export function worstSeverity(counts: AlertCounts): AlertSeverity | null {
  if (counts.critical > 0) return 'critical';
  if (counts.warning > 0) return 'warning';
  if (counts.info > 0) return 'info';
  return null;
}

export type CalendarDay<R> = { date: string; day: number; isToday: boolean; isPast: boolean; entries: R[] };
export type CalendarMonth<R> = { period: string; weeks: (CalendarDay<R> | null)[][] };

/** Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
function weekday(date: string): number {
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/**
 * Month grids (weeks from Monday) from the month of today, with each entry on its date: the renewal calendar.
 * Four months hold every date of the next 90 days.
 */
export function calendarMonths<R extends { endDate: string }>(
  today: string,
  entries: readonly R[],
  count = 4,
): CalendarMonth<R>[] {
  const byDate = new Map<string, R[]>();
  for (const entry of entries) byDate.set(entry.endDate, [...(byDate.get(entry.endDate) ?? []), entry]);
  return Array.from({ length: count }, (_, index) => {
    const period = addMonths(today.slice(0, 7), index);
    const days = Number(lastDayOfPeriod(period).slice(8, 10));
    const cells: (CalendarDay<R> | null)[] = Array.from({ length: weekday(`${period}-01`) }, () => null);
    for (let day = 1; day <= days; day++) {
      const date = `${period}-${String(day).padStart(2, '0')}`;
      cells.push({
        date,
        day,
        isToday: date === today,
        isPast: date < today,
        entries: byDate.get(date) ?? [],
      });
    }
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
    return { period, weeks };
  });
}
