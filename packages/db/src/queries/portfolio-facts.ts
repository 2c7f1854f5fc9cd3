import type { EngagementFilter, PortfolioFacts, ReportScope } from '@portfolio/domain';
import type { Db } from '../create-db.ts';
import {
  loadCycleDays,
  loadDeliveries,
  loadEngagementTerms,
  loadFailedCriticalSlas,
  loadFxRates,
  loadMonthFacts,
  loadOverdueCounts,
} from './report-facts.ts';

/**
 * Everything the report and the series need for a scope, in a handful of grouped queries (never the measurements
 * themselves): the facts the reference computation (the rules run over them, as a what-if does) starts from. An
 * empty scope (a range wholly after today) still lists the engagements and counts what is overdue as of today.
 */
export async function loadPortfolioFacts(
  db: Db,
  filter: EngagementFilter,
  scope: ReportScope,
): Promise<PortfolioFacts> {
  const first = scope.months[0];
  const last = scope.months.at(-1);
  const terms = await loadEngagementTerms(db, filter);
  if (first === undefined || last === undefined) {
    return {
      terms,
      charges: [],
      slaCounts: [],
      failedCritical: [],
      deliveries: [],
      cycleDays: [],
      overdue: await loadOverdueCounts(db, filter, scope.asOfDate),
      fxRates: [],
    };
  }
  const [{ charges, slaCounts }, failedCritical, deliveries, cycleDays, overdue, fxRates] = await Promise.all(
    [
      loadMonthFacts(db, filter, first, last, terms),
      loadFailedCriticalSlas(db, { filter, from: first, to: last }),
      loadDeliveries(db, filter, scope.fromDate, scope.asOfDate),
      loadCycleDays(db, filter, scope.fromDate, scope.asOfDate),
      loadOverdueCounts(db, filter, scope.asOfDate),
      loadFxRates(db, first, last),
    ],
  );
  return { terms, charges, slaCounts, failedCritical, deliveries, cycleDays, overdue, fxRates };
}
