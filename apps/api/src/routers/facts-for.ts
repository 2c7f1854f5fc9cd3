import { loadPortfolioFacts } from '@portfolio/db';
import { type ReportInput, reportScope } from '@portfolio/domain';
import { sharedFigures } from '../cached-figures.ts';
import type { AppContext } from '../context.ts';

/**
 * The scope and the SQL-aggregated facts of a report input: what the dashboard's procedures start from. Requests
 * for the same facts at the same time share one load (the overview asks five procedures over one range at once);
 * the facts are not kept after, being far larger than the answers made of them. Builders only read them.
 */
export async function factsFor(ctx: AppContext, input: ReportInput) {
  const scope = reportScope(input.from, input.to, ctx.clock.today());
  // Only what selects the facts: callers pass their whole input (`by`, `limit`, …).
  const { from, to, vendors, types, serviceLines, locations, businessUnits, engagements } = input;
  const selection = { from, to, vendors, types, serviceLines, locations, businessUnits, engagements };
  const facts = await sharedFigures(ctx, 'facts', selection, () => loadPortfolioFacts(ctx.db, input, scope));
  return { scope, facts };
}

/** The first and last counted month of a range (the range's `from` when nothing is counted yet). */
export function countedMonths(scope: { from: string; months: string[] }) {
  return { first: scope.months[0] ?? scope.from, last: scope.months.at(-1) ?? scope.from };
}
