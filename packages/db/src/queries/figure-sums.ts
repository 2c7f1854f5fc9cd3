import type { EngagementFilter, ReportScope, SeriesDimension } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import { hasDirtyFigures } from '../kept-figures/keep-figures.ts';
import { transact } from '../transact.ts';

/** What the figures of a selection are read for besides the figure cells (figure-cells.ts). */

export type FigureGrouping = { by: SeriesDimension; perMonth: boolean };

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
