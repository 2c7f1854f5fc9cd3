import type { EngagementFilter, GroupMember, SeriesDimension } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';
import { GROUP_KEY } from './figure-sums.ts';

/**
 * What the API's figure cells ask before reading cells (figure-cells.ts): which engagements a filter selects, grouped
 * by a breakdown, and which engagements' figures moved since the cells were last read (their revisions, migration
 * 0014).
 */

/** The engagements a filter selects, each with the key of its group in a breakdown. */
export async function loadGroupMembers(
  db: Db,
  filter: EngagementFilter,
  by: SeriesDimension,
): Promise<GroupMember[]> {
  const { rows } = await sql<GroupMember>`
    select e.id, ${GROUP_KEY[by]} as key
    from engagements e join vendors v on v.id = e.vendor_id
    where e.id in (${filteredEngagementIds(db, filter)})`.execute(db);
  return rows;
}

/**
 * The figures' epoch (it moves with every change of FX rates), the revisions given after `after` (all of them when
 * null), and how many revisions there are with their sum: a reader that missed a revision (given before `after`
 * by a transaction that committed later) finds its count or sum different and reads them all again.
 */
export async function loadFigureRevisions(db: Db, after: number | null) {
  // One statement, so the totals and the revisions are of one snapshot.
  const { rows } = await sql<{
    engagement_id: number | null;
    revision: number | null;
    epoch: number | null;
    count: number | null;
    sum: string | null;
  }>`
    select null::integer as engagement_id, null::bigint as revision,
      (select count(*) from figure_epoch_changes) as epoch, count(*) as count, sum(revision)::text as sum
    from engagement_revisions
    union all
    select engagement_id, revision, null, null, null from engagement_revisions
    where ${after === null ? sql`true` : sql`revision > ${after}`}`.execute(db);
  const totals = rows.find((row) => row.engagement_id === null);
  const changed = rows.filter((row) => row.engagement_id !== null);
  return {
    epoch: Number(totals?.epoch ?? 0),
    count: Number(totals?.count ?? 0),
    sum: BigInt(totals?.sum ?? 0),
    changed: changed.map((row) => ({ id: Number(row.engagement_id), revision: Number(row.revision) })),
  };
}
