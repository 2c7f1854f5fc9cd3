import { compareDates, daysBetween, type IsoDate } from '../dates.ts';
import { formatDate, plural } from '../display-format.ts';
import { addMonths, periodOfDate } from '../periods.ts';
import { type AlertBase, type AlertSeverity, alertKey, dashboardLink } from './alert.ts';

/** A KPO deliverable that is not cancelled and was not delivered by today. */
export type OpenDeliverableFact = {
  engagement: string;
  engagementName: string;
  vendor: string;
  code: string;
  title: string;
  dueDate: IsoDate;
  /** A delivery date after today (entered ahead) does not count as delivered. */
  deliveredDate: IsoDate | null;
  status: string;
};

/** "This week": due today or in the 6 days after it. */
export const DUE_SOON_DAYS = 6;
/** Overdue by more than this many days is critical. */
export const LONG_OVERDUE_DAYS = 30;

export type DeliverableDueStage = 'due_soon' | 'overdue' | 'long_overdue';

/**
 * Where a deliverable stands on `today`: `overdue` when due before today and not delivered by today (DESIGN.md's
 * overdue rule), `long_overdue` past 30 days, `due_soon` when due today or within the next 6 days; null otherwise
 * (delivered by today, cancelled, or due later).
 */
export function deliverableDueStage(
  deliverable: Pick<OpenDeliverableFact, 'dueDate' | 'deliveredDate' | 'status'>,
  today: IsoDate,
): DeliverableDueStage | null {
  if (deliverable.status === 'cancelled') return null;
  if (deliverable.deliveredDate !== null && compareDates(deliverable.deliveredDate, today) <= 0) return null;
  const daysLeft = daysBetween(today, deliverable.dueDate);
  if (daysLeft < -LONG_OVERDUE_DAYS) return 'long_overdue';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'due_soon';
  return null;
}

const SEVERITY: Record<DeliverableDueStage, AlertSeverity> = {
  long_overdue: 'critical',
  overdue: 'warning',
  due_soon: 'info',
};
/** Becoming overdue, then long overdue, is a worse condition: an acknowledged alert comes back at each step. */
const STAGE: Record<DeliverableDueStage, number> = { due_soon: 1, overdue: 2, long_overdue: 3 };

export type DeliverableDueData = {
  stage: DeliverableDueStage;
  dueDate: IsoDate;
  /** Days past the due date (negative: days left). */
  daysOverdue: number;
  status: string;
};

export type DeliverableDueAlert = AlertBase & { kind: 'deliverable_due'; data: DeliverableDueData };

function when(daysOverdue: number): string {
  if (daysOverdue > 0) return `${plural(daysOverdue, 'day')} overdue`;
  if (daysOverdue === 0) return 'due today';
  return `due in ${plural(-daysOverdue, 'day')}`;
}

/** One alert per KPO deliverable overdue or due this week, linking to its engagement's deliverables. */
export function deliverableDueAlerts(
  facts: readonly OpenDeliverableFact[],
  today: IsoDate,
): DeliverableDueAlert[] {
  const current = periodOfDate(today);
  const alerts: DeliverableDueAlert[] = [];
  for (const fact of facts) {
    const stage = deliverableDueStage(fact, today);
    if (stage === null) continue;
    const daysOverdue = daysBetween(fact.dueDate, today);
    alerts.push({
      key: alertKey('deliverable_due', `${fact.engagement}/${fact.code}`),
      kind: 'deliverable_due',
      severity: SEVERITY[stage],
      title: `${fact.engagement} ${fact.code} · ${fact.title}: ${when(daysOverdue)}`,
      detail: `${fact.vendor}, ${fact.engagementName}: due ${formatDate(fact.dueDate)}, ${fact.status.replaceAll('_', ' ')}.`,
      magnitude: STAGE[stage],
      subject: {
        engagement: fact.engagement,
        engagementName: fact.engagementName,
        vendor: fact.vendor,
        sla: null,
        deliverable: fact.code,
      },
      link: dashboardLink(['engagements', fact.engagement], {
        range: 'custom',
        from: addMonths(current, -11),
        to: current,
      }),
      data: { stage, dueDate: fact.dueDate, daysOverdue, status: fact.status },
    });
  }
  return alerts;
}
