import { loadPortfolioFacts } from '@portfolio/db';
import { type ReportInput, reportScope } from '@portfolio/domain';
import type { AppContext } from '../context.ts';

/** The scope and the SQL-aggregated facts of a report input: what the dashboard's procedures start from. */
export async function factsFor(ctx: AppContext, input: ReportInput) {
  const scope = reportScope(input.from, input.to, ctx.clock.today());
  return { scope, facts: await loadPortfolioFacts(ctx.db, input, scope) };
}

/** The first and last counted month of a range (the range's `from` when nothing is counted yet). */
export function countedMonths(scope: { from: string; months: string[] }) {
  return { first: scope.months[0] ?? scope.from, last: scope.months.at(-1) ?? scope.from };
}
