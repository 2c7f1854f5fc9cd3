import type { EngagementFilter } from '../report-input.ts';
import type { EngagementTermsFact } from './facts.ts';
import type { GroupMember } from './figure-cells.ts';
import { isListed, type ListedEngagement } from './portfolio-report.ts';
import type { ReportScope } from './report-scope.ts';
import { type SeriesDimension, seriesKeyOf } from './series.ts';

/**
 * What selects an engagement (a report's filter), groups it (a breakdown's key) and lists it (the report
 * contract): kept by the API beside its figure cells and read again only when its revision moves
 * (docs/kept-figures.md), so a figure request reads no list of every engagement.
 */
export type RosterEntry = Pick<
  EngagementTermsFact,
  'id' | 'code' | 'type' | 'vendor' | 'serviceLine' | 'location' | 'businessUnit' | 'startDate' | 'endDate'
> & { hasBaseline: boolean };

const holds = (list: readonly string[] | undefined, value: string | null) =>
  list === undefined || list.length === 0 || (value !== null && list.includes(value));

/**
 * Whether a filter selects an engagement: each list given must hold its value, and an engagement without a business
 * unit is never in a list of them (as SQL's `in` over a null).
 */
export function selects(filter: EngagementFilter, entry: RosterEntry): boolean {
  return (
    holds(filter.vendors, entry.vendor) &&
    holds(filter.types, entry.type) &&
    holds(filter.serviceLines, entry.serviceLine) &&
    holds(filter.locations, entry.location) &&
    holds(filter.businessUnits, entry.businessUnit) &&
    holds(filter.engagements, entry.code)
  );
}

/** Engagements of a selection, each with the key of its group in a breakdown. */
export function groupMembers(selected: readonly RosterEntry[], by: SeriesDimension): GroupMember[] {
  return selected.map((entry) => ({ id: entry.id, key: seriesKeyOf(by, entry) }));
}

/**
 * The engagements a report lists (report contract): those of the selection that ran in a month of the range, or
 * have charges in its counted months (`charged`), by code in byte order (quick when given in that order).
 */
export function listedEngagements(
  selected: readonly RosterEntry[],
  scope: ReportScope,
  charged: ReadonlySet<number>,
): ListedEngagement[] {
  return selected
    .filter((entry) => isListed(entry, scope, charged))
    .sort((a, b) => compareByteOrder(a.code, b.code))
    .map(({ id, code, type, vendor, hasBaseline }) => ({ id, code, type, vendor, hasBaseline }));
}

const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/**
 * Strings in the order of their UTF-8 bytes, as PostgreSQL's `collate "C"` sorts them: code point order. It differs
 * from JavaScript's (UTF-16 units) only where a code point above U+FFFF (a surrogate pair) meets one of
 * U+E000–U+FFFF: the first is the greater in bytes.
 */
export function compareByteOrder(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (isSurrogate(x) !== isSurrogate(y)) return isSurrogate(x) ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
