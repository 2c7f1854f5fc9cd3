import { attainmentPct, emptyCounts, type SlaCounts } from '../attainment.ts';
import { FxTable } from '../fx.ts';
import type { InsightRates } from '../insight.ts';
import { type Cents, formatMoney, parseMoney } from '../money.ts';
import { engagementRanDuring } from '../periods.ts';
import { savingsPct } from '../savings.ts';
import { computeEngagementMonths, type EngagementMonth, hasBaseline } from './engagement-months.ts';
import type { EngagementTermsFact, PortfolioFacts } from './facts.ts';
import { type InsightSums, insightFigures } from './group-sums.ts';
import type { ReportScope } from './report-scope.ts';

/** Money in the report: a decimal string with two places, "1234.50". */
export type Money = string;

export type ReportSla = SlaCounts & { attainmentPct: number | null };

export type ReportFigures = {
  charges: Money;
  creditsOwed: Money;
  creditsPending: Money;
  creditsEarnedBack: Money;
  netCost: Money;
  baseline: Money | null;
  savings: Money | null;
  savingsPct: number | null;
  sla: ReportSla;
};

export type ReportEngagement = { code: string; type: 'BPO' | 'KPO'; vendor: string } & ReportFigures;

export type ReportInsight = InsightRates & {
  valueRealized: Money;
  costPerDeliverable: Money | null;
  overdue: number;
};

/** The portfolio report: a public interface that finance scripts read (DESIGN.md, report contract). */
export type PortfolioReport = {
  range: { from: string; to: string };
  currency: string;
  totals: ReportFigures;
  engagements: ReportEngagement[];
  insight: ReportInsight;
};

/** What some months cost, in cents: their charges, the credits by status, and the net cost that results. */
export type CostSums = {
  charges: Cents;
  creditsOwed: Cents;
  creditsPending: Cents;
  creditsEarnedBack: Cents;
  netCost: Cents;
};

/** The sums of some engagement-months, in cents. */
export type Sums = CostSums & {
  /** Null when none of the months has a baseline (not a BPO engagement with a baseline). */
  baseline: Cents | null;
  /** Net cost of the months that have a baseline: what savings are measured against. */
  netCostWithBaseline: Cents;
  plannedSavings: Cents | null;
  sla: SlaCounts;
};

export function emptySums(): Sums {
  return {
    charges: 0,
    creditsOwed: 0,
    creditsPending: 0,
    creditsEarnedBack: 0,
    netCost: 0,
    baseline: null,
    netCostWithBaseline: 0,
    plannedSavings: null,
    sla: emptyCounts(),
  };
}

const addNullable = (a: Cents | null, b: Cents | null): Cents | null =>
  a === null && b === null ? null : (a ?? 0) + (b ?? 0);

/** Adds one engagement-month (or other sums) into a running total. */
export function addSums(total: Sums, month: EngagementMonth | Sums): Sums {
  const sum = { ...total, sla: { ...total.sla } };
  accumulateSums(sum, month);
  return sum;
}

/**
 * Adds one engagement-month (or other sums) into `total` in place: the same sums as `addSums` without a new
 * object per month, for the hundreds of thousands of engagement-months of a large portfolio.
 */
export function accumulateSums(total: Sums, month: EngagementMonth | Sums): void {
  const withBaseline =
    'netCostWithBaseline' in month ? month.netCostWithBaseline : month.baseline === null ? 0 : month.netCost;
  total.charges += month.charges;
  total.creditsOwed += month.creditsOwed;
  total.creditsPending += month.creditsPending;
  total.creditsEarnedBack += month.creditsEarnedBack;
  total.netCost += month.netCost;
  total.baseline = addNullable(total.baseline, month.baseline);
  total.netCostWithBaseline += withBaseline;
  total.plannedSavings = addNullable(total.plannedSavings, month.plannedSavings);
  total.sla.met += month.sla.met;
  total.sla.missed += month.sla.missed;
  total.sla.breached += month.sla.breached;
  total.sla.unreported += month.sla.unreported;
}

/** Savings = baseline − the net cost of the same engagements; null where there is no baseline. */
export function savingsOf(sums: Sums): Cents | null {
  return sums.baseline === null ? null : sums.baseline - sums.netCostWithBaseline;
}

/** The contract's figures of some sums: money as two-decimal strings, percentages unrounded. */
export function toFigures(sums: Sums): ReportFigures {
  const savings = savingsOf(sums);
  return {
    charges: formatMoney(sums.charges),
    creditsOwed: formatMoney(sums.creditsOwed),
    creditsPending: formatMoney(sums.creditsPending),
    creditsEarnedBack: formatMoney(sums.creditsEarnedBack),
    netCost: formatMoney(sums.netCost),
    baseline: sums.baseline === null ? null : formatMoney(sums.baseline),
    savings: savings === null ? null : formatMoney(savings),
    savingsPct: savings === null || sums.baseline === null ? null : savingsPct(savings, sums.baseline),
    sla: { ...sums.sla, attainmentPct: attainmentPct(sums.sla) },
  };
}

/** The figures of frozen sums (an engagement's own, shared by answers: engagementSums), written out once each. */
const figuresOfFrozen = new WeakMap<Sums, Readonly<ReportFigures>>();

/** toFigures, kept for sums that cannot change (frozen): their figures are frozen too, and shared the same way. */
function figuresOf(sums: Sums): ReportFigures {
  if (!Object.isFrozen(sums)) return toFigures(sums);
  let figures = figuresOfFrozen.get(sums);
  if (!figures) {
    const written = toFigures(sums);
    Object.freeze(written.sla);
    figures = Object.freeze(written);
    figuresOfFrozen.set(sums, figures);
  }
  return figures;
}

/** The rows of frozen figures, by figures: an engagement's row is made once while it and its figures stay. */
const rowsOfFrozen = new WeakMap<Readonly<ReportFigures>, Readonly<ReportEngagement>>();

/**
 * An engagement's row of the report; kept, frozen, for frozen sums (engagementSums, one engagement's each) while
 * its code, type and vendor stay, so that after a write the report makes the rows of the engagements it changed and
 * reuses the others', whichever selection lists them.
 */
function rowOf(engagement: ListedEngagement, sums: Sums): ReportEngagement {
  const figures = figuresOf(sums);
  const kept = rowsOfFrozen.get(figures);
  if (kept?.code === engagement.code && kept.type === engagement.type && kept.vendor === engagement.vendor) {
    return kept;
  }
  const row = { code: engagement.code, type: engagement.type, vendor: engagement.vendor, ...figures };
  if (!Object.isFrozen(figures)) return row;
  rowsOfFrozen.set(figures, Object.freeze(row));
  return row;
}

/** What the report lists of an engagement: it ran in a month of the range, or has charges in it. */
export type ListedEngagement = {
  id: number;
  code: string;
  type: 'BPO' | 'KPO';
  vendor: string;
  hasBaseline: boolean;
};

/** Whether an engagement belongs in the report: it ran in a month of the range, or has charges in it. */
export function isListed(
  terms: Pick<EngagementTermsFact, 'id' | 'startDate' | 'endDate'>,
  scope: ReportScope,
  charged: ReadonlySet<number>,
): boolean {
  return charged.has(terms.id) || engagementRanDuring(terms.startDate, terms.endDate, scope.from, scope.to);
}

/**
 * The portfolio report from its sums: each listed engagement's figures, the totals, and insight delivery. The sums
 * come from the database's kept figures (figure-sums in packages/db) or from the reference computation over the
 * facts (buildPortfolioReport), which assemble the same report through here.
 */
export function reportFromSums(input: {
  scope: ReportScope;
  currency: string;
  listed: readonly ListedEngagement[];
  sumsByEngagement: ReadonlyMap<number, Sums>;
  insight: InsightSums;
}): PortfolioReport {
  const totals = emptySums();
  let kpoNetCost = 0;
  const engagements: ReportEngagement[] = input.listed.map((engagement) => {
    // A BPO engagement with a baseline has one even with no month counted yet (a range after today): 0, not null.
    const found = input.sumsByEngagement.get(engagement.id);
    const sums = found ?? { ...emptySums(), baseline: engagement.hasBaseline ? 0 : null };
    const withBaseline = engagement.hasBaseline && sums.baseline === null ? { ...sums, baseline: 0 } : sums;
    accumulateSums(totals, withBaseline);
    if (engagement.type === 'KPO') kpoNetCost += withBaseline.netCost;
    return rowOf(engagement, withBaseline);
  });
  return {
    range: { from: input.scope.from, to: input.scope.to },
    currency: input.currency,
    // In the totals, baseline and savings add up the engagements with a baseline alone, and are 0 when there are none.
    totals: toFigures({ ...totals, baseline: totals.baseline ?? 0 }),
    engagements,
    insight: insightFigures(input.insight, kpoNetCost),
  };
}

/**
 * The portfolio report of a range in the reporting currency, computed from facts aggregated in SQL by the rules
 * themselves: the reference the kept figures are tested against, and what a contract what-if replays. Every figure
 * follows DESIGN.md's rules and report contract; a missing FX rate throws, naming currency and month.
 */
export function buildPortfolioReport(
  facts: PortfolioFacts,
  scope: ReportScope,
  currency: string,
): PortfolioReport {
  const fx = new FxTable(facts.fxRates, currency);
  const { rows } = computeEngagementMonths(facts, scope.months, fx);
  const charged = new Set(facts.charges.map((c) => c.engagementId));
  const listed = facts.terms.filter((terms) => isListed(terms, scope, charged));
  const sumsByEngagement = new Map(
    listed.map((terms) => [terms.id, { ...emptySums(), baseline: hasBaseline(terms) ? 0 : null }]),
  );
  for (const row of rows) {
    const sums = sumsByEngagement.get(row.engagementId);
    if (sums) accumulateSums(sums, row);
  }
  return reportFromSums({
    scope,
    currency,
    listed: listed.map((terms) => ({
      id: terms.id,
      code: terms.code,
      type: terms.type,
      vendor: terms.vendor,
      hasBaseline: hasBaseline(terms),
    })),
    sumsByEngagement,
    insight: insightSumsOf(facts, fx),
  });
}

/** Each engagement's currency by id. */
export function currenciesOf(terms: readonly EngagementTermsFact[]): Map<number, string> {
  return new Map(terms.map((engagement) => [engagement.id, engagement.currency]));
}

/** The deliveries of the facts summed; value realized converts at each delivery month's rate. */
export function insightSumsOf(
  facts: Pick<PortfolioFacts, 'deliveries' | 'cycleDays' | 'overdue' | 'terms'>,
  fx: FxTable,
  currencyOf: ReadonlyMap<number, string> = currenciesOf(facts.terms),
): InsightSums {
  const sum = (pick: (row: PortfolioFacts['deliveries'][number]) => number) =>
    facts.deliveries.reduce((total, row) => total + pick(row), 0);
  const valueRealizedCents = facts.deliveries.reduce((total, row) => {
    const cents = parseMoney(row.valueRealized);
    const currency = currencyOf.get(row.engagementId);
    if (cents === 0 || currency === undefined) return total;
    return total + fx.convert(cents, currency, row.period);
  }, 0);
  const histogram = new Map<number, number>();
  for (const row of facts.cycleDays) histogram.set(row.days, (histogram.get(row.days) ?? 0) + row.count);
  return {
    delivered: sum((row) => row.delivered),
    onTime: sum((row) => row.onTime),
    qualitySum: sum((row) => row.qualitySum),
    qualityCount: sum((row) => row.qualityCount),
    rework: sum((row) => row.rework),
    actioned: sum((row) => row.actioned),
    valueRealizedCents,
    cycleDays: [...histogram].map(([days, count]) => ({ days, count })),
    overdue: facts.overdue.reduce((total, row) => total + row.overdue, 0),
  };
}
