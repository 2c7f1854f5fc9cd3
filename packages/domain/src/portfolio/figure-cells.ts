import { MissingFxRateError } from '../errors.ts';
import type { Cents } from '../money.ts';
import type { Period } from '../periods.ts';
import {
  add,
  addDeliveries,
  type DeliveryTotals,
  deliveriesOver,
  emptyDeliveryTotals,
  emptyTotals,
  insightOf,
  merge,
  mergeDeliveries,
  type Totals,
  totalsOver,
} from './cell-totals.ts';
import type { GroupSums, InsightSums } from './group-sums.ts';
import type { Sums } from './portfolio-report.ts';
import { topGroupsByNetCost } from './report-digest.ts';

/**
 * One engagement's figures in one month of a range, already in the reporting currency as the report contract
 * converts them (the month's charges summed then converted, each credit converted on its own, the baseline and
 * planned savings of a month it ran). SLA counts and unreported SLAs count only in months the engagement ran.
 */
export type FigureCell = {
  period: Period;
  charges: Cents;
  owed: Cents;
  pending: Cents;
  earnedBack: Cents;
  baseline: Cents;
  planned: Cents;
  met: number;
  missed: number;
  breached: number;
  unreported: number;
};

/**
 * A KPO engagement's deliveries in one month, counted from the first day of the range to its as-of date: what the
 * insight figures are made of, the value realized converted at the month's rate.
 */
export type DeliveryCell = { period: Period } & Omit<InsightSums, 'overdue'>;

type MissingRate = { currency: string; period: Period };

/** An engagement's figure cells over a range: only the months with a figure that is not zero are listed. */
export type EngagementCells = {
  type: 'BPO' | 'KPO';
  /** A BPO engagement with a baseline: its months count towards the baseline and the savings. */
  hasBaseline: boolean;
  hasPlanned: boolean;
  /** Whether it has charges in a counted month of the range (which lists it in the report, as running in it does). */
  charged: boolean;
  /** The first month of the range whose amounts have no FX rate on record, when one has none. */
  missingRate: MissingRate | null;
  cells: FigureCell[];
  /** Months with deliveries (KPO engagements only). */
  deliveries: DeliveryCell[];
  /** Deliverables overdue at the range's as-of date. */
  overdue: number;
  /** The first month whose value realized has no FX rate on record, when one has none. */
  deliveryMissingRate: MissingRate | null;
};

/** How groupCells groups: per month of the range or over it, in which currency, with the deliveries or not. */
export type CellGrouping = {
  months: readonly Period[];
  perMonth: boolean;
  currency: string;
  insight: boolean;
};

/** An engagement of a selection and the group it counts in (its code, vendor, type…, or 'total'). */
export type GroupMember = { id: number; key: string };

const firstOf = (a: MissingRate | null, b: MissingRate | null): MissingRate | null =>
  !a || (b && `${b.currency} ${b.period}` < `${a.currency} ${a.period}`) ? b : a;

/**
 * The sums of each group of a selection, from its engagements' figure cells: a group per key, or per key and month
 * of `months` when `perMonth`, every one present even when all its figures are zero (a chart has a point for every
 * month). A group's baseline (planned savings) is null when none of its engagements has one. Money is in whole
 * cents, so the sums are exact. With `insight`, the deliveries too (overdue deliverables only over the range). An
 * amount without an FX rate in the selection is an error naming the first such currency and month.
 */
export function groupCells(
  members: readonly GroupMember[],
  cellsOf: ReadonlyMap<number, EngagementCells>,
  grouping: CellGrouping,
): GroupSums[] {
  const { months, perMonth } = grouping;
  if (months.length === 0) return [];
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const monthsKey = months.join(' ');
  let missing: MissingRate | null = null;
  let deliveryMissing: MissingRate | null = null;
  const groups = new Map<string, Totals[]>();
  const insights = new Map<string, DeliveryTotals[]>();
  for (const { id, key } of members) {
    let totals = groups.get(key);
    if (!totals) {
      totals = perMonth ? months.map(emptyTotals) : [emptyTotals()];
      groups.set(key, totals);
    }
    const engagement = cellsOf.get(id);
    if (!engagement) continue;
    for (const group of totals) {
      group.hasBaseline ||= engagement.hasBaseline;
      group.hasPlanned ||= engagement.hasPlanned;
    }
    missing = firstOf(missing, engagement.missingRate);
    if (!perMonth && totals[0]) merge(totals[0], totalsOver(engagement, monthsKey, monthIndex));
    else {
      for (const cell of engagement.cells) {
        const index = monthIndex.get(cell.period);
        const group = index === undefined ? undefined : totals[index];
        if (group) add(group, engagement, cell);
      }
    }
    if (!grouping.insight) continue;
    let insight = insights.get(key);
    if (!insight) {
      insight = totals.map(emptyDeliveryTotals);
      insights.set(key, insight);
    }
    deliveryMissing = firstOf(deliveryMissing, engagement.deliveryMissingRate);
    const whole = insight[0];
    if (!perMonth) {
      if (whole && engagement.deliveries.length > 0) mergeDeliveries(whole, deliveriesOver(engagement));
      if (whole) whole.insight.overdue += engagement.overdue;
      continue;
    }
    for (const cell of engagement.deliveries) {
      const index = monthIndex.get(cell.period);
      const group = index === undefined ? undefined : insight[index];
      if (group) addDeliveries(group, cell);
    }
  }
  const unconverted = missing ?? deliveryMissing;
  if (unconverted) throw new MissingFxRateError(unconverted.currency, unconverted.period, grouping.currency);
  return [...groups].flatMap(([key, totals]) =>
    totals.map((group, index) => ({
      key,
      period: perMonth ? (months[index] ?? null) : null,
      sums: sumsOf(group),
      kpoNetCostCents: group.kpoNetCost,
      insight: insightOf(insights.get(key)?.[index]),
    })),
  );
}

/** A group's sums from its totals: a baseline (planned savings) only where one of its engagements has one. */
function sumsOf(group: Totals): Sums {
  return {
    charges: group.charges,
    creditsOwed: group.owed,
    creditsPending: group.pending,
    creditsEarnedBack: group.earnedBack,
    netCost: group.charges - group.owed - group.pending,
    baseline: group.hasBaseline ? group.baseline : null,
    netCostWithBaseline: group.netCostWithBaseline,
    plannedSavings: group.hasPlanned ? group.planned : null,
    sla: { met: group.met, missed: group.missed, breached: group.breached, unreported: group.unreported },
  };
}

/** Each engagement's own sums over a range, frozen, kept with its cells object (see engagementSums). */
const ownSums = new WeakMap<EngagementCells, { months: string; sums: Readonly<Sums> }>();

/**
 * Each engagement's own sums over the months (the report's row of each engagement), by engagement id: what
 * groupCells gives a group of that engagement alone. They are kept with the engagement's cells object, as
 * totalsOver keeps its totals, and frozen: every answer shares them until the engagement's cells are read again,
 * so the report writes out the figures of an unchanged engagement once (reportFromSums keeps those of frozen sums).
 * Engagements without cells are left out. An amount without an FX rate is the same error as groupCells gives.
 */
export function engagementSums(
  ids: readonly number[],
  cellsOf: ReadonlyMap<number, EngagementCells>,
  { months, currency }: Pick<CellGrouping, 'months' | 'currency'>,
): Map<number, Readonly<Sums>> {
  const result = new Map<number, Readonly<Sums>>();
  if (months.length === 0) return result;
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const monthsKey = months.join(' ');
  let missing: MissingRate | null = null;
  for (const id of ids) {
    const engagement = cellsOf.get(id);
    if (!engagement) continue;
    missing = firstOf(missing, engagement.missingRate);
    let kept = ownSums.get(engagement);
    if (kept?.months !== monthsKey) {
      const totals = totalsOver(engagement, monthsKey, monthIndex);
      const own = { ...totals, hasBaseline: engagement.hasBaseline, hasPlanned: engagement.hasPlanned };
      const sums = sumsOf(own);
      Object.freeze(sums.sla);
      kept = { months: monthsKey, sums: Object.freeze(sums) };
      ownSums.set(engagement, kept);
    }
    result.set(id, kept.sums);
  }
  if (missing) throw new MissingFxRateError(missing.currency, missing.period, currency);
  return result;
}

/**
 * The `count` groups of highest net cost (topGroupsByNetCost), as groupCells sums them. A group's net cost does not
 * depend on its deliveries, so they are summed for the members of the top groups alone: a chart of the ten largest
 * of 11,000 engagements does not add up every engagement's deliveries. An amount without an FX rate anywhere in
 * the selection is the same error as groupCells gives.
 */
export function topGroupCells(
  members: readonly GroupMember[],
  cellsOf: ReadonlyMap<number, EngagementCells>,
  grouping: CellGrouping,
  count: number,
): GroupSums[] {
  const top = topGroupsByNetCost(groupCells(members, cellsOf, { ...grouping, insight: false }), count);
  if (!grouping.insight) return top;
  let missing: MissingRate | null = null;
  for (const { id } of members) missing = firstOf(missing, cellsOf.get(id)?.deliveryMissingRate ?? null);
  if (missing) throw new MissingFxRateError(missing.currency, missing.period, grouping.currency);
  const keys = new Set(top.map((group) => group.key));
  const shown = members.filter((member) => keys.has(member.key));
  return topGroupsByNetCost(groupCells(shown, cellsOf, grouping), count);
}

/**
 * The deliveries of a selection's engagements over the whole range, from its first day to its as-of date, with the
 * deliverables overdue then: the report's insight, which counts even when the range has no counted month yet. A value
 * realized without an FX rate is an error naming the first such currency and month.
 */
export function membersInsight(
  members: readonly GroupMember[],
  cellsOf: ReadonlyMap<number, EngagementCells>,
  currency: string,
): InsightSums {
  const kept = emptyDeliveryTotals();
  let missing: MissingRate | null = null;
  for (const { id } of members) {
    const engagement = cellsOf.get(id);
    if (!engagement) continue;
    missing = firstOf(missing, engagement.deliveryMissingRate);
    if (engagement.deliveries.length > 0) mergeDeliveries(kept, deliveriesOver(engagement));
    kept.insight.overdue += engagement.overdue;
  }
  if (missing) throw new MissingFxRateError(missing.currency, missing.period, currency);
  return insightOf(kept);
}
