import {
  type Db,
  type FigureSelection,
  freshFigures,
  loadEngagementCells,
  loadFigureRevisions,
  loadGroupMembers,
} from '@portfolio/db';
import {
  type EngagementCells,
  type GroupMember,
  type GroupSums,
  groupCells,
  type InsightSums,
  membersInsight,
} from '@portfolio/domain';
import { LRUCache } from 'lru-cache';

/**
 * Each engagement's figure cells of a range (packages/db figure-cells.ts), kept in memory and grouped on request
 * (domain `groupCells`), so that after a write only the engagements it touched are read again: their revisions
 * (migration 0014) move in the writing transaction, whatever wrote. The first request for a range reads every
 * engagement it selects; later ones read the revisions (one small query) and the cells of those that moved. A
 * change of FX rates moves the epoch and every engagement is read again.
 *
 * Correct across processes: revisions are read before the cells they tag, so a kept cell is never older than its
 * revision says (a write committing in between is read again at the next request). Updates of one range run one at
 * a time, so requests arriving together read each engagement once.
 */
export interface FigureCells {
  /**
   * The sums of each group of the selection, with its deliveries unless told not to; with `only`, of those of its
   * engagements alone.
   */
  groupSums(
    selection: FigureSelection & { insight?: boolean; only?: ReadonlySet<number> },
  ): Promise<GroupSums[]>;
  /** The deliveries of the whole selection over its range (the report's insight), even before its first month. */
  insight(selection: Omit<FigureSelection, 'grouping'>): Promise<InsightSums>;
}

type RangeCells = {
  epoch: number | null;
  revisions: Map<number, number>;
  cells: Map<number, EngagementCells>;
  /** The update in progress: the next one starts after it. */
  queue: Promise<unknown>;
};

/** Ranges kept at once (the overview, its comparison, a budget's fiscal years, the renewals' twelve months…). */
const RANGES = 8;

export function createFigureCells(db: Db): FigureCells {
  const ranges = new LRUCache<string, RangeCells>({ max: RANGES });

  function rangeOf(selection: FigureSelection): RangeCells {
    const { months, fromDate, asOfDate } = selection.scope;
    const key = JSON.stringify([months, fromDate, asOfDate, selection.currency]);
    let range = ranges.get(key);
    if (!range) {
      range = { epoch: null, revisions: new Map(), cells: new Map(), queue: Promise.resolve() };
      ranges.set(key, range);
    }
    return range;
  }

  /** Reads again the cells of the engagements that moved since they were read, and of those never read. */
  async function update(range: RangeCells, selection: FigureSelection, ids: number[]): Promise<void> {
    const { epoch, revisions } = await loadFigureRevisions(db, ids);
    if (epoch !== range.epoch) {
      range.cells.clear();
      range.revisions.clear();
      range.epoch = epoch;
    }
    const stale = ids.filter((id) => {
      const revision = revisions.get(id);
      return revision === undefined || !range.cells.has(id) || range.revisions.get(id) !== revision;
    });
    if (stale.length === 0) return;
    const loaded = await loadEngagementCells(db, { ...selection, ids: stale });
    for (const id of stale) {
      const cells = loaded.get(id);
      const revision = revisions.get(id);
      if (cells && revision !== undefined) {
        range.cells.set(id, cells);
        range.revisions.set(id, revision);
      } else if (cells) {
        // No revision to tag it with: used for this answer, read again next time.
        range.cells.set(id, cells);
        range.revisions.delete(id);
      } else {
        range.cells.delete(id);
        range.revisions.delete(id);
      }
    }
  }

  /** The selection's members, with the cells of the range brought up to date for them. */
  async function cellsFor(
    selection: FigureSelection,
  ): Promise<{ members: GroupMember[]; range: RangeCells }> {
    await freshFigures(db);
    const members = await loadGroupMembers(db, selection.filter, selection.grouping.by);
    const range = rangeOf(selection);
    const ids = members.map((member) => member.id);
    const updated = range.queue.then(() => update(range, selection, ids));
    range.queue = updated.catch(() => {});
    await updated;
    return { members, range };
  }

  return {
    async groupSums(selection) {
      const { scope, currency, grouping } = selection;
      const { members, range } = await cellsFor(selection);
      const { only } = selection;
      return groupCells(only ? members.filter((member) => only.has(member.id)) : members, range.cells, {
        months: scope.months,
        perMonth: grouping.perMonth,
        currency,
        insight: selection.insight !== false,
      });
    },
    async insight(selection) {
      const { members, range } = await cellsFor({ ...selection, grouping: { by: 'total', perMonth: false } });
      return membersInsight(members, range.cells, selection.currency);
    },
  };
}
