import {
  type DeliveryTotals,
  deliveriesOver,
  emptyDeliveryTotals,
  insightOf,
  mergeDeliveries,
} from './cell-totals.ts';
import { type EngagementCells, engagementSums, membersInsight } from './figure-cells.ts';
import type { InsightSums } from './group-sums.ts';
import type { ListedEngagement, Sums } from './portfolio-report.ts';
import type { ReportScope } from './report-scope.ts';
import { listedEngagements, type RosterEntry } from './roster.ts';

/**
 * What the answers of one selection over one range share, kept between requests and moved by the engagements whose
 * cells were read again since the last look: a write changes one engagement, or the few of an import, among
 * thousands, and the report after it then costs those engagements instead of a pass over every one of them. Kept:
 * which engagements are charged (the report lists those and the ones that ran), each engagement's own sums (the
 * report's rows), and the deliveries of them all (the insight).
 *
 * Exact: an engagement's part is taken out as it was added and added again from its new cells, and every part is a
 * whole number (cents, counts, quality scores, the cycle days' histogram), so the totals are what adding up every
 * engagement gives (a property test checks it). An engagement is told apart by its cells object, which the API
 * replaces, never changes, when it reads the cells again. When an amount has no FX rate the answer is made whole by
 * the functions that throw the error naming it (engagementSums, membersInsight).
 */
export class SelectionTotals {
  /** The cells object each engagement's parts were taken from. */
  private readonly seen = new Map<number, EngagementCells>();
  private readonly charged = new Set<number>();
  private readonly sums = new Map<number, Readonly<Sums>>();
  private readonly deliveries: DeliveryTotals = emptyDeliveryTotals();
  /** Engagements with an amount without an FX rate: their sums are not kept, and the sums are then the error. */
  private readonly unconverted = new Set<number>();
  /** Engagements with a value realized without an FX rate: the insight is then the error. */
  private readonly undelivered = new Set<number>();
  private listedKept: { from: string; to: string; listed: ListedEngagement[] } | null = null;

  /**
   * @param entries the selection's engagements in code order (the report lists them so)
   * @param grouping the range's months and the reporting currency, as engagementSums sums them
   */
  constructor(
    private readonly entries: readonly RosterEntry[],
    private readonly grouping: { months: readonly string[]; currency: string },
  ) {}

  /** Brings the parts up to the cells given: those of the engagements whose cells object is not the one last seen. */
  update(cellsOf: ReadonlyMap<number, EngagementCells>): void {
    const summed: number[] = [];
    for (const { id } of this.entries) {
      const now = cellsOf.get(id);
      const before = this.seen.get(id);
      if (now === before) continue;
      if ((before?.charged ?? false) !== (now?.charged ?? false)) {
        if (now?.charged) this.charged.add(id);
        else this.charged.delete(id);
        this.listedKept = null;
      }
      if (before) this.takeOut(id, before);
      if (now) {
        this.seen.set(id, now);
        this.putIn(id, now);
        if (!now.missingRate) summed.push(id);
      } else this.seen.delete(id);
    }
    if (summed.length === 0) return;
    for (const [id, sums] of engagementSums(summed, cellsOf, this.grouping)) this.sums.set(id, sums);
  }

  private takeOut(id: number, engagement: EngagementCells): void {
    this.sums.delete(id);
    this.unconverted.delete(id);
    this.undelivered.delete(id);
    if (engagement.deliveries.length > 0) mergeDeliveries(this.deliveries, deliveriesOver(engagement), -1);
    this.deliveries.insight.overdue -= engagement.overdue;
  }

  private putIn(id: number, engagement: EngagementCells): void {
    if (engagement.missingRate) this.unconverted.add(id);
    if (engagement.deliveryMissingRate) this.undelivered.add(id);
    if (engagement.deliveries.length > 0) mergeDeliveries(this.deliveries, deliveriesOver(engagement));
    this.deliveries.insight.overdue += engagement.overdue;
  }

  /** The engagements the report lists (listedEngagements), made again only when which are charged changed. */
  listed(scope: ReportScope): ListedEngagement[] {
    const kept = this.listedKept;
    if (kept?.from !== scope.from || kept.to !== scope.to) {
      const listed = listedEngagements(this.entries, scope, this.charged);
      this.listedKept = { from: scope.from, to: scope.to, listed };
      return listed;
    }
    return kept.listed;
  }

  /** Each engagement's own sums by id (engagementSums); shared, so only read. */
  engagementSums(cellsOf: ReadonlyMap<number, EngagementCells>): ReadonlyMap<number, Readonly<Sums>> {
    if (this.unconverted.size === 0) return this.sums;
    return engagementSums(
      this.entries.map((entry) => entry.id),
      cellsOf,
      this.grouping,
    );
  }

  /** The deliveries of the whole selection (membersInsight). */
  insight(cellsOf: ReadonlyMap<number, EngagementCells>): InsightSums {
    if (this.undelivered.size === 0) return insightOf(this.deliveries);
    return membersInsight(
      this.entries.map(({ id }) => ({ id, key: 'total' })),
      cellsOf,
      this.grouping.currency,
    );
  }
}
