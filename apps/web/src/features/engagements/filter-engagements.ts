import type { EngagementType } from '@portfolio/domain';
import type { RouterOutputs } from '../../lib/trpc.ts';

export type EngagementListItem = RouterOutputs['engagements']['list'][number];

export interface EngagementFilter {
  text: string;
  type: EngagementType | 'all';
}

/** Keeps the engagements whose code, name or vendor contains the text (any case) and whose type matches. */
export function filterEngagements(
  rows: EngagementListItem[],
  filter: EngagementFilter,
): EngagementListItem[] {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (filter.type === 'all' || row.type === filter.type) &&
      (needle === '' ||
        [row.code, row.name, row.vendor].some((field) => field.toLowerCase().includes(needle))),
  );
}
