import { FxTable } from '../fx.ts';
import { formatMoney } from '../money.ts';
import type { Period } from '../periods.ts';
import { computeEngagementMonths } from './engagement-months.ts';
import type { EngagementTermsFact, PortfolioFacts } from './facts.ts';
import { type GroupSums, insightFigures } from './group-sums.ts';
import {
  accumulateSums,
  currenciesOf,
  emptySums,
  insightSumsOf,
  type ReportFigures,
  type ReportInsight,
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

/** What an engagement's key in a breakdown is read from. */
type KeyedTerms = Pick<
  EngagementTermsFact,
  'type' | 'code' | 'vendor' | 'serviceLine' | 'location' | 'businessUnit'
>;

const keyOf: Record<SeriesDimension, (terms: KeyedTerms) => string> = {
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
  insight: ReportInsight;
};

/** The key of an engagement in a breakdown (its code, vendor, type…). */
export function seriesKeyOf(by: SeriesDimension, terms: KeyedTerms): string {
  return keyOf[by](terms);
}

/** The points of a breakdown from its groups' sums, by month and key. */
export function seriesFromGroups(groups: readonly GroupSums[]): SeriesPoint[] {
  return groups
    .map((group) => ({
      period: group.period,
      key: group.key,
      ...toFigures(group.sums),
      plannedSavings: group.sums.plannedSavings === null ? null : formatMoney(group.sums.plannedSavings),
      insight: insightFigures(group.insight, group.kpoNetCostCents),
    }))
    .sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '') || a.key.localeCompare(b.key));
}

/**
 * The report's figures broken down by a dimension, per month or over the whole range, computed by the rules over
 * the facts: the reference the database's sums are tested against. A series adds up to the report's totals.
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
  const currencyOf = currenciesOf(facts.terms);
  // Each engagement's key once; groups by key, then by month ('' over the whole range).
  const keyById = new Map(facts.terms.map((terms) => [terms.id, keyOf[by](terms)]));
  const groups = new Map<string, Map<Period, Group>>();
  const findGroup = (engagementId: number, period: Period, create: boolean): Group | undefined => {
    const key = keyById.get(engagementId) ?? '';
    const groupPeriod = perMonth ? period : '';
    let byPeriod = groups.get(key);
    if (!byPeriod) {
      if (!create) return undefined;
      byPeriod = new Map();
      groups.set(key, byPeriod);
    }
    let group = byPeriod.get(groupPeriod);
    if (!group && create) {
      group = {
        key,
        period: perMonth ? period : null,
        sums: emptySums(),
        kpoNetCost: 0,
        ids: new Set(),
        deliveries: [],
        cycleDays: [],
        overdue: [],
      };
      byPeriod.set(groupPeriod, group);
    }
    return group;
  };
  for (const row of rows) {
    const group = findGroup(row.engagementId, row.period, true) as Group;
    group.ids.add(row.engagementId);
    accumulateSums(group.sums, row);
    if (termsById.get(row.engagementId)?.type === 'KPO') group.kpoNetCost += row.netCost;
  }
  for (const delivery of facts.deliveries) {
    const group = findGroup(delivery.engagementId, delivery.period, true) as Group;
    group.ids.add(delivery.engagementId);
    group.deliveries.push(delivery);
  }
  for (const row of facts.cycleDays) findGroup(row.engagementId, row.period, false)?.cycleDays.push(row);
  // Overdue is a count at the as-of date: it belongs to the whole range, not to a month.
  if (!perMonth) {
    for (const row of facts.overdue) {
      const group = findGroup(row.engagementId, '', false);
      if (group?.ids.has(row.engagementId)) group.overdue.push(row);
    }
  }
  const sums: GroupSums[] = [];
  for (const byPeriod of groups.values()) {
    for (const group of byPeriod.values()) {
      sums.push({
        key: group.key,
        period: group.period,
        sums: group.sums,
        kpoNetCostCents: group.kpoNetCost,
        insight: insightSumsOf(
          {
            terms: facts.terms,
            deliveries: group.deliveries,
            cycleDays: group.cycleDays,
            overdue: group.overdue,
          },
          fx,
          currencyOf,
        ),
      });
    }
  }
  return seriesFromGroups(sums);
}

type Group = {
  key: string;
  period: Period | null;
  sums: Sums;
  kpoNetCost: number;
  ids: Set<number>;
  deliveries: PortfolioFacts['deliveries'][number][];
  cycleDays: PortfolioFacts['cycleDays'][number][];
  overdue: PortfolioFacts['overdue'][number][];
};
