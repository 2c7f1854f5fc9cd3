import type { RosterEntry } from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/**
 * What the API's figure cells ask before reading cells (figure-cells.ts): which engagements' figures moved since the
 * cells were last read (their revisions, migrations 0014 and 0017), and what selects, groups and lists those
 * engagements (their roster entries).
 */

type RosterRow = {
  id: number;
  code: string;
  type: 'BPO' | 'KPO';
  vendor: string;
  service_line: RosterEntry['serviceLine'];
  location: RosterEntry['location'];
  business_unit: string | null;
  start_date: string;
  end_date: string | null;
  has_baseline: boolean;
};

/** What selects, groups and lists the engagements given (domain `RosterEntry`), or every engagement's (null). */
export async function loadRoster(db: Db, ids: readonly number[] | null): Promise<RosterEntry[]> {
  const { rows } = await sql<RosterRow>`
    select e.id, e.code, e.type, v.name as vendor, e.service_line, e.location, e.business_unit,
      to_char(e.start_date, 'YYYY-MM-DD') as start_date, to_char(e.end_date, 'YYYY-MM-DD') as end_date,
      (e.type = 'BPO' and e.baseline_monthly_cost is not null) as has_baseline
    from engagements e join vendors v on v.id = e.vendor_id
    where ${ids === null ? sql`true` : sql`e.id = any(${[...ids]}::int[])`}`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    type: row.type,
    vendor: row.vendor,
    serviceLine: row.service_line,
    location: row.location,
    businessUnit: row.business_unit,
    startDate: row.start_date,
    endDate: row.end_date,
    hasBaseline: row.has_baseline,
  }));
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
