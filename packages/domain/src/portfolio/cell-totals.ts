import type { Period } from '../periods.ts';
import type { DeliveryCell, EngagementCells, FigureCell } from './figure-cells.ts';
import { emptyInsightSums, type InsightSums } from './group-sums.ts';

/** What groupCells adds up per group (and per month when asked), in whole cents of the reporting currency. */
export type Totals = {
  charges: number;
  owed: number;
  pending: number;
  earnedBack: number;
  baseline: number;
  hasBaseline: boolean;
  netCostWithBaseline: number;
  planned: number;
  hasPlanned: boolean;
  met: number;
  missed: number;
  breached: number;
  unreported: number;
  kpoNetCost: number;
};

export function emptyTotals(): Totals {
  return {
    charges: 0,
    owed: 0,
    pending: 0,
    earnedBack: 0,
    baseline: 0,
    hasBaseline: false,
    netCostWithBaseline: 0,
    planned: 0,
    hasPlanned: false,
    met: 0,
    missed: 0,
    breached: 0,
    unreported: 0,
    kpoNetCost: 0,
  };
}

export function add(totals: Totals, engagement: EngagementCells, cell: FigureCell): void {
  const netCost = cell.charges - cell.owed - cell.pending;
  totals.charges += cell.charges;
  totals.owed += cell.owed;
  totals.pending += cell.pending;
  totals.earnedBack += cell.earnedBack;
  if (engagement.hasBaseline) {
    totals.baseline += cell.baseline;
    totals.netCostWithBaseline += netCost;
  }
  if (engagement.hasPlanned) totals.planned += cell.planned;
  totals.met += cell.met;
  totals.missed += cell.missed;
  totals.breached += cell.breached;
  totals.unreported += cell.unreported;
  if (engagement.type === 'KPO') totals.kpoNetCost += netCost;
}

/** Deliveries added up: their sums, and how many deliverables took each number of days (for the median). */
export type DeliveryTotals = { insight: InsightSums; cycles: Map<number, number> };

export function emptyDeliveryTotals(): DeliveryTotals {
  return { insight: emptyInsightSums(), cycles: new Map() };
}

/**
 * The counts a month's deliveries and an engagement's delivery totals both carry, added (`sign` 1) or taken out
 * (−1). All are whole numbers (quality scores 1–5, cents), so taking out what was added leaves the sums exactly as
 * if it never was.
 */
function addCounts(insight: InsightSums, more: Omit<InsightSums, 'cycleDays' | 'overdue'>, sign = 1): void {
  insight.delivered += sign * more.delivered;
  insight.onTime += sign * more.onTime;
  insight.qualitySum += sign * more.qualitySum;
  insight.qualityCount += sign * more.qualityCount;
  insight.rework += sign * more.rework;
  insight.actioned += sign * more.actioned;
  insight.valueRealizedCents += sign * more.valueRealizedCents;
}

/** A count of deliverables that took `days` added to the histogram; a bucket that comes to nothing leaves it. */
function addCycle(cycles: Map<number, number>, days: number, count: number): void {
  const total = (cycles.get(days) ?? 0) + count;
  if (total === 0) cycles.delete(days);
  else cycles.set(days, total);
}

/** Adds a month's deliveries into a group's (or an engagement's) totals. */
export function addDeliveries(totals: DeliveryTotals, cell: DeliveryCell): void {
  addCounts(totals.insight, cell);
  for (const { days, count } of cell.cycleDays) addCycle(totals.cycles, days, count);
}

/** The insight sums of delivery totals, the histogram as buckets; none: empty sums. */
export function insightOf(kept: DeliveryTotals | undefined): InsightSums {
  if (!kept) return emptyInsightSums();
  const cycleDays = [...kept.cycles].map(([days, count]) => ({ days, count }));
  return { ...kept.insight, cycleDays };
}

/**
 * Adds one engagement's delivery totals (`deliveriesOver`) into a group's, or takes them out again (`sign` −1, as
 * SelectionTotals does when the engagement's cells are read again); `more` is kept, so it is only read.
 */
export function mergeDeliveries(totals: DeliveryTotals, more: DeliveryTotals, sign: 1 | -1 = 1): void {
  addCounts(totals.insight, more.insight, sign);
  for (const [days, count] of more.cycles) addCycle(totals.cycles, days, sign * count);
}

/** Adds one engagement's totals (`add` of its cells) into a group's. */
export function merge(totals: Totals, more: Totals): void {
  totals.charges += more.charges;
  totals.owed += more.owed;
  totals.pending += more.pending;
  totals.earnedBack += more.earnedBack;
  totals.baseline += more.baseline;
  totals.netCostWithBaseline += more.netCostWithBaseline;
  totals.planned += more.planned;
  totals.met += more.met;
  totals.missed += more.missed;
  totals.breached += more.breached;
  totals.unreported += more.unreported;
  totals.kpoNetCost += more.kpoNetCost;
}

/**
 * Each engagement's cells summed over the months of a grouping, kept with its cells object: cells read again are a
 * new object, never a changed one. A series over the range, the summary and the report add one total per engagement
 * instead of every month of it again at each request.
 */
const wholeRange = new WeakMap<EngagementCells, { months: string; totals: Totals }>();

export function totalsOver(
  engagement: EngagementCells,
  months: string,
  monthIndex: ReadonlyMap<Period, number>,
): Totals {
  const kept = wholeRange.get(engagement);
  if (kept?.months === months) return kept.totals;
  const totals = emptyTotals();
  for (const cell of engagement.cells) if (monthIndex.has(cell.period)) add(totals, engagement, cell);
  wholeRange.set(engagement, { months, totals });
  return totals;
}

/**
 * Each engagement's deliveries over the range (every delivery cell: a cells object holds those of its range alone),
 * kept with its cells object as totalsOver keeps its totals: the report's and the summary's insight add one total
 * per KPO engagement instead of every month of it and its cycle times again at each request.
 */
const wholeDeliveries = new WeakMap<EngagementCells, DeliveryTotals>();

export function deliveriesOver(engagement: EngagementCells): DeliveryTotals {
  let kept = wholeDeliveries.get(engagement);
  if (!kept) {
    kept = emptyDeliveryTotals();
    for (const cell of engagement.deliveries) addDeliveries(kept, cell);
    wholeDeliveries.set(engagement, kept);
  }
  return kept;
}
