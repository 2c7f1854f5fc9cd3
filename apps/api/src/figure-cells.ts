import {
  type Db,
  type FigureSelection,
  freshFigures,
  loadEngagementCells,
  loadFigureRevisions,
  loadRoster,
} from '@portfolio/db';
import {
  compareByteOrder,
  type EngagementCells,
  type GroupMember,
  type GroupSums,
  groupCells,
  groupMembers,
  type InsightSums,
  type ListedEngagement,
  type RosterEntry,
  SelectionTotals,
  type Sums,
  selects,
  topGroupCells,
} from '@portfolio/domain';
import { LRUCache } from 'lru-cache';

/**
 * Each engagement's figure cells of a range (packages/db figure-cells.ts), kept in memory and grouped on request
 * (domain `groupCells`), so that after a write only the engagements it touched are read again: their revisions
 * (migrations 0014 and 0017) move in the writing transaction, whatever wrote. Beside them is each engagement's
 * roster entry (what a filter selects it by, its group's key, whether the report lists it), kept the same way, so
 * a request selects, groups and lists in memory. The first request reads every engagement's entry and the cells of
 * those it selects; later ones read the revisions (one small query) and the entries and cells of those that moved.
 * A change of FX rates moves the epoch and every engagement is read again.
 *
 * Correct across processes: revisions are read before the cells they tag, so a kept cell is never older than its
 * revision says (a write committing in between is read again at the next request). Updates of one range run one at
 * a time, so requests arriving together read each engagement once.
 */
export interface FigureCells {
  /** The selection's engagements and their cells, brought up to date: one read for several figures of it. */
  select(selection: FigureSelection): Promise<SelectedCells>;
  /** The group sums of a selection (`select(selection)` then `groupSums`). */
  groupSums(selection: FigureSelection & GroupOptions): Promise<GroupSums[]>;
  /** The deliveries of the whole selection over its range (the report's insight), even before its first month. */
  insight(selection: Omit<FigureSelection, 'grouping'>): Promise<InsightSums>;
}

/** What groupSums sums: with the deliveries unless told not to, of `only` those engagements, of the `top` groups. */
export type GroupOptions = { insight?: boolean; only?: ReadonlySet<number>; top?: number };

export interface SelectedCells {
  /**
   * The sums of each group of the selection, with its deliveries unless told not to; with `only`, of those of its
   * engagements alone; with `top`, of that many groups of highest net cost (domain `topGroupCells`).
   */
  groupSums(options?: GroupOptions): GroupSums[];
  /**
   * Each engagement's own sums over the range, by id (domain `engagementSums`): the report's rows. Shared by the
   * answers until the engagement changes, so its figures are written out once. The map is the selection's kept one
   * (SelectionTotals), which the next look moves: read it at once, not across an await.
   */
  engagementSums(): ReadonlyMap<number, Readonly<Sums>>;
  /** The deliveries of the whole selection over its range, with the deliverables overdue at its as-of date. */
  insight(): InsightSums;
  /** The engagements the report lists (report contract), by code in byte order. */
  listed(): ListedEngagement[];
}

type RangeCells = {
  epoch: number | null;
  revisions: Map<number, number>;
  cells: Map<number, EngagementCells>;
  /** The update in progress: the next one starts after it. */
  queue: Promise<unknown>;
};

/** Every engagement's revision and roster entry as last read, with what checks that no revision was missed. */
type KnownRevisions = {
  epoch: number | null;
  byId: Map<number, number>;
  max: number | null;
  sum: bigint;
  roster: Map<number, RosterEntry>;
  /** The roster in code order (the report lists by code), made again after the roster changes. */
  byCode: RosterEntry[] | null;
  /** The engagements and members of recent selections (filter and breakdown), dropped when the roster changes. */
  selections: LRUCache<string, Selected>;
};

/**
 * A selection's engagements and their keys in its breakdown, with what its answers share over each range
 * (SelectionTotals: the listed engagements, their own sums, the deliveries), moved by the engagements read again.
 */
type Selected = {
  entries: RosterEntry[];
  members: GroupMember[];
  /** By the range's cells map (a new one each epoch). */
  totals: WeakMap<ReadonlyMap<number, EngagementCells>, SelectionTotals>;
};

/** Selections kept at once: the filters and breakdowns of the pages in use. */
const SELECTIONS = 64;

const ROSTER_FIELDS = [
  'code',
  'type',
  'vendor',
  'serviceLine',
  'location',
  'businessUnit',
  'startDate',
  'endDate',
  'hasBaseline',
] as const;

const sameEntry = (a: RosterEntry | undefined, b: RosterEntry) =>
  a !== undefined && ROSTER_FIELDS.every((field) => a[field] === b[field]);

/** Ranges kept at once (the overview, its comparison, a budget's fiscal years, the renewals' twelve months…). */
const RANGES = 8;

export function createFigureCells(db: Db): FigureCells {
  const ranges = new LRUCache<string, RangeCells>({ max: RANGES });
  const known: KnownRevisions = {
    epoch: null,
    byId: new Map(),
    max: null,
    sum: 0n,
    roster: new Map(),
    byCode: null,
    selections: new LRUCache({ max: SELECTIONS }),
  };
  let reading: Promise<void> = Promise.resolve();

  /**
   * Reads the revisions given since the last look, all of them again when one was missed, then the roster entries
   * of the engagements that moved (after their revisions, so an entry is never older than its revision says).
   */
  async function readRevisions(): Promise<void> {
    let read = await loadFigureRevisions(db, known.max);
    let everything = known.max === null;
    for (let attempt = 0; ; attempt += 1) {
      if (read.epoch !== known.epoch || attempt > 0) {
        known.byId.clear();
        known.sum = 0n;
        everything = true;
      }
      known.epoch = read.epoch;
      for (const { id, revision } of read.changed) {
        known.sum += BigInt(revision) - BigInt(known.byId.get(id) ?? 0);
        known.byId.set(id, revision);
        if (known.max === null || revision > known.max) known.max = revision;
      }
      if ((read.count === known.byId.size && read.sum === known.sum) || attempt > 0) break;
      read = await loadFigureRevisions(db, null);
    }
    await readRoster(everything ? null : read.changed.map((change) => change.id));
  }

  /**
   * Reads the roster entries of the engagements given (of all of them: null); a deleted one leaves the roster. Most
   * writes (an SLA's actual, a charge) move an engagement's revision and leave its entry as it was: then the
   * selections made from the roster stay.
   */
  async function readRoster(ids: number[] | null): Promise<void> {
    if (ids?.length === 0) return;
    const entries = await loadRoster(db, ids);
    const read = new Map(entries.map((entry) => [entry.id, entry]));
    const changed =
      ids === null
        ? entries.length !== known.roster.size ||
          entries.some((entry) => !sameEntry(known.roster.get(entry.id), entry))
        : ids.some((id) => {
            const entry = read.get(id);
            return entry ? !sameEntry(known.roster.get(id), entry) : known.roster.has(id);
          });
    if (!changed) return;
    if (ids === null) known.roster = read;
    else {
      for (const id of ids) {
        const entry = read.get(id);
        if (entry) known.roster.set(id, entry);
        else known.roster.delete(id);
      }
    }
    known.byCode = null;
    known.selections.clear();
  }

  /** The engagements a selection's filter picks, in code order, and their keys in its breakdown. */
  function selected(selection: FigureSelection): Selected {
    const key = JSON.stringify([selection.filter, selection.grouping.by]);
    let kept = known.selections.get(key);
    if (!kept) {
      known.byCode ??= [...known.roster.values()].sort((a, b) => compareByteOrder(a.code, b.code));
      const entries = known.byCode.filter((entry) => selects(selection.filter, entry));
      kept = { entries, members: groupMembers(entries, selection.grouping.by), totals: new WeakMap() };
      known.selections.set(key, kept);
    }
    return kept;
  }

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
    if (known.epoch !== range.epoch) {
      // New maps, not cleared ones: the selections' totals are kept by the cells map they were taken from, so those of
      // the old epoch go with its cells instead of holding them until they are next asked for.
      range.cells = new Map();
      range.revisions = new Map();
      range.epoch = known.epoch;
    }
    const revisions = known.byId;
    const stale = ids.filter((id) => {
      const revision = revisions.get(id);
      return revision === undefined || !range.cells.has(id) || range.revisions.get(id) !== revision;
    });
    if (stale.length === 0) return;
    const tags = new Map(stale.map((id) => [id, revisions.get(id)]));
    const loaded = await loadEngagementCells(db, { ...selection, ids: stale });
    for (const id of stale) {
      const cells = loaded.get(id);
      const revision = tags.get(id);
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
  async function cellsFor(selection: FigureSelection): Promise<{ selected: Selected; range: RangeCells }> {
    await freshFigures(db);
    const revisionsRead = reading.then(readRevisions);
    reading = revisionsRead.catch(() => {});
    await revisionsRead;
    const kept = selected(selection);
    const range = rangeOf(selection);
    const ids = kept.members.map((member) => member.id);
    const updated = range.queue.then(() => update(range, selection, ids));
    range.queue = updated.catch(() => {});
    await updated;
    return { selected: kept, range };
  }

  async function select(selection: FigureSelection): Promise<SelectedCells> {
    const { scope, currency, grouping } = selection;
    const { selected, range } = await cellsFor(selection);
    const { entries, members } = selected;
    /** What the selection's answers share over the range, moved by the cells read again since it was last asked. */
    const totals = () => {
      let kept = selected.totals.get(range.cells);
      if (!kept) {
        kept = new SelectionTotals(entries, { months: scope.months, currency });
        selected.totals.set(range.cells, kept);
      }
      kept.update(range.cells);
      return kept;
    };
    return {
      listed: () => totals().listed(scope),
      groupSums({ insight = true, only, top } = {}) {
        const chosen = only ? members.filter((member) => only.has(member.id)) : members;
        const options = { months: scope.months, perMonth: grouping.perMonth, currency, insight };
        return top === undefined
          ? groupCells(chosen, range.cells, options)
          : topGroupCells(chosen, range.cells, options, top);
      },
      engagementSums: () => totals().engagementSums(range.cells),
      insight: () => totals().insight(range.cells),
    };
  }

  return {
    select,
    async groupSums({ insight, only, top, ...selection }) {
      return (await select(selection)).groupSums({ insight, only, top });
    },
    async insight(selection) {
      return (await select({ ...selection, grouping: { by: 'total', perMonth: false } })).insight();
    },
  };
}
