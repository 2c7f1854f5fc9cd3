import type { AppRouter } from '@portfolio/api';
import type { ReportInput } from '@portfolio/domain';
import { skipToken } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { forType } from '../../lib/filters.ts';

/** The KPO insight page's queries, of the filters' input with KPO work only: one list for the page and its route. */
export function kpoQueries(trpc: TRPCOptionsProxy<AppRouter>, { input }: { input: ReportInput | null }) {
  const kpo = input ? forType(input, 'KPO') : null;
  return {
    report: trpc.report.summary.queryOptions(kpo ?? skipToken),
    monthly: trpc.insight.monthly.queryOptions(kpo ?? skipToken),
    overdue: trpc.insight.overdue.queryOptions(kpo ? { ...kpo, limit: 200 } : skipToken),
  };
}
