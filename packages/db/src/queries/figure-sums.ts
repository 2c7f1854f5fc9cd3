import type { EngagementFilter, ReportScope, SeriesDimension } from '@portfolio/domain';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { hasDirtyFigures } from '../kept-figures/keep-figures.ts';
import { transact } from '../transact.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

/**
 * What the figures of a selection are read with besides the figure cells (figure-cells.ts): the keys of the groups
 * of a breakdown and the engagements the report lists.
 */

export type FigureGrouping = { by: SeriesDimension; perMonth: boolean };

/** The key of an engagement in a breakdown, the same as the domain's `seriesKeyOf`. */
export const GROUP_KEY: Record<SeriesDimension, RawBuilder<string>> = {
  total: sql`'total'`,
  type: sql`e.type`,
  engagement: sql`e.code`,
  vendor: sql`v.name`,
  serviceLine: sql`e.service_line`,
  location: sql`e.location`,
  businessUnit: sql`coalesce(e.business_unit, '(none)')`,
};

/** Figures computed by a writer outside the app (psql) are brought up to date before they are read. */
export async function freshFigures(db: Db): Promise<void> {
  if (await hasDirtyFigures(db)) await transact(db, async () => {});
}

export type FigureSelection = {
  filter: EngagementFilter;
  scope: ReportScope;
  currency: string;
  grouping: FigureGrouping;
};

/**
 * The engagements the report lists (report contract): those that ran in a month of the range, or have charges in
 * its counted months, by code in byte order.
 */
export async function loadListedEngagements(db: Db, filter: EngagementFilter, scope: ReportScope) {
  const first = scope.months[0] ?? scope.from;
  const last = scope.months.at(-1) ?? scope.from;
  // The months as dates, so that the start and end dates are compared as they are indexed and stored.
  const ran = sql<boolean>`(e.start_date < cast(${scope.to} || '-01' as date) + interval '1 month'
    and (e.end_date is null or e.end_date >= cast(${scope.from} || '-01' as date)))`;
  const columns = sql`e.id, e.code, e.type, v.name as vendor,
    (e.type = 'BPO' and e.baseline_monthly_cost is not null) as has_baseline`;
  const selected = sql`from engagements e join vendors v on v.id = e.vendor_id
    where e.id in (${filteredEngagementIds(db, filter)})`;
  // Two parts, not one `or`: PostgreSQL would hash every charged month of the range (≈120k rows at scale 100) to
  // answer for the few engagements that did not run in it.
  const { rows } = await sql<{
    id: number;
    code: string;
    type: 'BPO' | 'KPO';
    vendor: string;
    has_baseline: boolean;
  }>`
    select * from (
      select ${columns} ${selected} and ${ran}
      union all
      select ${columns} ${selected} and not ${ran} and ${scope.months.length > 0} and exists (
        select 1 from engagement_month_facts f
        where f.engagement_id = e.id and f.charge_lines > 0 and f.period between ${first} and ${last})
    ) listed
    order by code collate "C"`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    type: row.type,
    vendor: row.vendor,
    hasBaseline: row.has_baseline,
  }));
}
