import { daysBetween, type IsoDate } from '../dates.ts';
import { formatDate, plural } from '../display-format.ts';
import type { EngagementType } from '../enums.ts';
import { addMonths, type Period, periodOfDate } from '../periods.ts';
import type { SeriesPoint } from '../portfolio/series.ts';
import { type AlertBase, type AlertSeverity, alertKey, dashboardLink } from './alert.ts';

/** An engagement with an end date, as the renewal rule sees it. */
export type RenewalFact = {
  engagement: string;
  engagementName: string;
  vendor: string;
  type: EngagementType;
  owner: string | null;
  endDate: IsoDate;
};

/** The windows renewals are shown in: ending within 30, 60 and 90 days. */
export const RENEWAL_WINDOWS = [30, 60, 90] as const;
export type RenewalWindow = (typeof RENEWAL_WINDOWS)[number];

/**
 * The window of a contract ending in `daysLeft` days: 30 for 0–30 days (ending today counts, it still runs today),
 * 60 for 31–60, 90 for 61–90; null when it ended already or ends later.
 */
export function renewalWindow(daysLeft: number): RenewalWindow | null {
  if (daysLeft < 0) return null;
  return RENEWAL_WINDOWS.find((window) => daysLeft <= window) ?? null;
}

export type UpcomingRenewal = RenewalFact & { daysLeft: number; window: RenewalWindow };

/** The engagements ending within 90 days of today (0–90 days left), soonest first. */
export function upcomingRenewals(facts: readonly RenewalFact[], today: IsoDate): UpcomingRenewal[] {
  return facts
    .map((fact) => {
      const daysLeft = daysBetween(today, fact.endDate);
      return { ...fact, daysLeft, window: renewalWindow(daysLeft) };
    })
    .filter((row): row is UpcomingRenewal => row.window !== null)
    .sort((a, b) => a.endDate.localeCompare(b.endDate) || a.engagement.localeCompare(b.engagement));
}

/** The 12 months up to the current one: the evidence a renewal decision is taken on. */
export function renewalEvidenceRange(today: IsoDate): { from: Period; to: Period } {
  const current = periodOfDate(today);
  return { from: addMonths(current, -11), to: current };
}

const SEVERITY: Record<RenewalWindow, AlertSeverity> = { 30: 'critical', 60: 'warning', 90: 'info' };
/** Entering a nearer window is a worse condition: an acknowledged renewal comes back at 60 and at 30 days. */
const STAGE: Record<RenewalWindow, number> = { 30: 3, 60: 2, 90: 1 };

export type RenewalData = { endDate: IsoDate; daysLeft: number; window: RenewalWindow; type: EngagementType };
export type RenewalAlert = AlertBase & { kind: 'renewal'; data: RenewalData };

/** One alert per engagement ending within 90 days, linking to the engagement over the last 12 months. */
export function renewalAlerts(facts: readonly RenewalFact[], today: IsoDate): RenewalAlert[] {
  const range = renewalEvidenceRange(today);
  return upcomingRenewals(facts, today).map((row) => ({
    key: alertKey('renewal', row.engagement),
    kind: 'renewal',
    severity: SEVERITY[row.window],
    title: `${row.engagement} · ${row.engagementName} ends ${row.daysLeft === 0 ? 'today' : `in ${plural(row.daysLeft, 'day')}`} (${formatDate(row.endDate)})`,
    detail:
      `${row.vendor}, ${row.type}${row.owner ? `, owned by ${row.owner}` : ''}: decide on renewal within ` +
      `${row.window} days, on the evidence of the last 12 months.`,
    magnitude: STAGE[row.window],
    subject: {
      engagement: row.engagement,
      engagementName: row.engagementName,
      vendor: row.vendor,
      sla: null,
      deliverable: null,
    },
    link: dashboardLink(['engagements', row.engagement], { range: 'custom', ...range }),
    data: { endDate: row.endDate, daysLeft: row.daysLeft, window: row.window, type: row.type },
  }));
}

/** What a renewal decision looks at over the last 12 months, in the reporting currency. */
export type RenewalEvidence = {
  charges: string;
  netCost: string;
  creditsOwed: string;
  creditsPending: string;
  creditsEarnedBack: string;
  sla: SeriesPoint['sla'];
  /** BPO with a baseline; null otherwise. */
  baseline: string | null;
  savings: string | null;
  savingsPct: number | null;
  plannedSavings: string | null;
  /** KPO only. */
  insight: SeriesPoint['insight'] | null;
};

export type RenewalRow = UpcomingRenewal & { evidence: RenewalEvidence | null };

/**
 * The upcoming renewals beside their evidence: the points of the report's series by engagement over the whole
 * range (`buildSeries(…, 'engagement', false)`), so the figures are the report's own.
 */
export function withRenewalEvidence(
  renewals: readonly UpcomingRenewal[],
  points: readonly SeriesPoint[],
): RenewalRow[] {
  const byCode = new Map(points.map((point) => [point.key, point]));
  return renewals.map((row) => {
    const point = byCode.get(row.engagement);
    if (!point) return { ...row, evidence: null };
    return {
      ...row,
      evidence: {
        charges: point.charges,
        netCost: point.netCost,
        creditsOwed: point.creditsOwed,
        creditsPending: point.creditsPending,
        creditsEarnedBack: point.creditsEarnedBack,
        sla: point.sla,
        baseline: point.baseline,
        savings: point.savings,
        savingsPct: point.savingsPct,
        plannedSavings: point.plannedSavings,
        insight: row.type === 'KPO' ? point.insight : null,
      },
    };
  });
}
