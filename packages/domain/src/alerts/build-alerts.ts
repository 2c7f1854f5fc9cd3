import type { IsoDate } from '../dates.ts';
import type { MissingReportFact } from '../missing-reports.ts';
import { fiscalYearOf, periodOfDate } from '../periods.ts';
import { compareAlerts } from './alert.ts';
import { type BudgetFacts, type BudgetOverrunAlert, budgetOverrunAlerts } from './budget-overrun.ts';
import { type ChronicFact, type ChronicMissAlert, chronicMissAlerts } from './chronic-misses.ts';
import {
  type DeliverableDueAlert,
  deliverableDueAlerts,
  type OpenDeliverableFact,
} from './deliverables-due.ts';
import { type MissingReportAlert, missingReportAlerts } from './missing-reports.ts';
import { type RenewalAlert, type RenewalFact, renewalAlerts } from './renewals.ts';
import { type MonthToDateFact, type SlaAtRiskAlert, slaAtRiskAlerts, type TrendFact } from './sla-at-risk.ts';

/** Every early warning, by kind; `data` holds the kind's figures for scripts and screens. */
export type Alert =
  | SlaAtRiskAlert
  | ChronicMissAlert
  | MissingReportAlert
  | RenewalAlert
  | BudgetOverrunAlert
  | DeliverableDueAlert;

/** The small, SQL-aggregated facts the alert rules run on (packages/db, queries/alerts.ts). */
export type AlertFacts = {
  monthToDate: readonly MonthToDateFact[];
  trends: readonly TrendFact[];
  chronic: readonly ChronicFact[];
  missingReports: readonly MissingReportFact[];
  renewals: readonly RenewalFact[];
  budget: BudgetFacts;
  deliverables: readonly OpenDeliverableFact[];
};

/** What the rules need besides the facts: today from the context clock, the fiscal year's start, the currency. */
export type AlertContext = { today: IsoDate; fiscalYearStart: number; currency: string };

/** Every alert the rules raise on `today`, most severe first (compareAlerts). */
export function buildAlerts(facts: AlertFacts, context: AlertContext): Alert[] {
  const current = periodOfDate(context.today);
  const fiscalYear = fiscalYearOf(current, context.fiscalYearStart);
  const alerts: Alert[] = [
    ...slaAtRiskAlerts(facts.monthToDate, facts.trends, current),
    ...chronicMissAlerts(facts.chronic, current),
    ...missingReportAlerts(facts.missingReports, context.today),
    ...renewalAlerts(facts.renewals, context.today),
    ...budgetOverrunAlerts(facts.budget, fiscalYear, current, context.currency),
    ...deliverableDueAlerts(facts.deliverables, context.today),
  ];
  return alerts.sort(compareAlerts);
}
