import type { AppRouter } from '@portfolio/api';
import type { ReportInput } from '@portfolio/domain';
import { skipToken } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';

/**
 * The SLA performance page's queries of the filters' input (the trend of the SLA chosen follows from the grid):
 * one list for the page and its route (lib/prefetch.ts).
 */
export function slaQueries(trpc: TRPCOptionsProxy<AppRouter>, { input }: { input: ReportInput | null }) {
  return {
    report: trpc.report.summary.queryOptions(input ?? skipToken),
    grid: trpc.report.slaGrid.queryOptions(input ? { ...input, limit: 300 } : skipToken),
    breaches: trpc.slas.breaches.queryOptions(input ? { ...input, limit: 200 } : skipToken),
    ledger: trpc.report.creditLedger.queryOptions(input ?? skipToken),
  };
}
