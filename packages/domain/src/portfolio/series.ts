import { FxTable } from '../fx.ts';
import { formatMoney } from '../money.ts';
import type { Period } from '../periods.ts';
import { computeEngagementMonths } from './engagement-months.ts';
import type { EngagementTermsFact, PortfolioFacts } from './facts.ts';
import {
  addSums,
  emptySums,
  insightOf,
  type ReportFigures,
  type Sums,
  toFigures,
} from './portfolio-report.ts';
import type { ReportScope } from './report-scope.ts';

/** What a series can be broken down by. */
export const SERIES_DIMENSIONS = [
  'total',
  'type',
  'engagement',
  'vendor',
  'serviceLine',
  'location',
  'businessUnit',
] as const;
export type SeriesDimension = (typeof SERIES_DIMENSIONS)[number];

const keyOf: Record<SeriesDimension, (terms: EngagementTermsFact) => string> = {
  total: () => 'total',
  type: (terms) => terms.type,
  engagement: (terms) => terms.code,
  vendor: (terms) => terms.vendor,
  serviceLine: (terms) => terms.serviceLine,
  location: (terms) => terms.location,
  businessUnit: (terms) => terms.businessUnit ?? '(none)',
};

export type SeriesPoint = ReportFigures & {
  /** The month, or null for the whole range. */
  period: Period | null;
  key: string;
  plannedSavings: string | null;
  insight: ReturnType<typeof insightOf>;
};

/**
 * The report's figures broken down by a dimension, per month or over the whole range: the dashboard's charts.
 * Computed by the same rules as the report, so a series adds up to the report's totals.
 */
export function buildSeries(
  facts: PortfolioFacts,
  scope: ReportScope,
  currency: string,
  by: SeriesDimension,
  perMonth: boolean,
): SeriesPoint[] {
  const fx = new FxTable(facts.fxRates, currency);
  const { rows } = computeEngagementMonths(facts, scope.months, fx);
  const termsById = new Map(facts.terms.map((terms) => [terms.id, terms]));
  const groupOf = (engagementId: number, period: Period) => {
    const terms = termsById.get(engagementId);
    const key = terms ? keyOf[by](terms) : '';
    return { key, period: perMonth ? period : null, id: `${key}|${perMonth ? period : ''}` };
  };

  const groups = new Map<
    string,
    { key: string; period: Period | null; sums: Sums; kpoNetCost: number; ids: Set<number> }
  >();
  const groupFor = (engagementId: number, period: Period) => {
    const { id, key, period: groupPeriod } = groupOf(engagementId, period);
    let group = groups.get(id);
    if (!group) {
      group = { key, period: groupPeriod, sums: emptySums(), kpoNetCost: 0, ids: new Set() };
      groups.set(id, group);
    }
    group.ids.add(engagementId);
    return group;
  };
  for (const row of rows) {
    const group = groupFor(row.engagementId, row.period);
    group.sums = addSums(group.sums, row);
    if (termsById.get(row.engagementId)?.type === 'KPO') group.kpoNetCost += row.netCost;
  }
  for (const delivery of facts.deliveries) groupFor(delivery.engagementId, delivery.period);

  const points: SeriesPoint[] = [];
  for (const [id, group] of groups) {
    const inGroup = (row: { engagementId: number; period: Period }) =>
      groupOf(row.engagementId, row.period).id === id;
    const groupFacts: PortfolioFacts = {
      ...facts,
      deliveries: facts.deliveries.filter(inGroup),
      cycleDays: facts.cycleDays.filter(inGroup),
      // Overdue is a count at the as-of date: it belongs to the whole range, not to a month.
      overdue: perMonth ? [] : facts.overdue.filter((row) => group.ids.has(row.engagementId)),
    };
    points.push({
      period: group.period,
      key: group.key,
      ...toFigures(group.sums),
      plannedSavings: group.sums.plannedSavings === null ? null : formatMoney(group.sums.plannedSavings),
      insight: insightOf(groupFacts, fx, group.kpoNetCost),
    });
  }
  return points.sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '') || a.key.localeCompare(b.key));
}
