import type { AppRouter } from '@portfolio/api';
import type { ReportInput } from '@portfolio/domain';
import { skipToken } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { forType } from '../../lib/filters.ts';

/**
 * The BPO savings page's queries of the filters' input with BPO work only (its breakdown by a dimension the page
 * chooses is asked for by the page): one list for the page and its route.
 */
export function bpoQueries(trpc: TRPCOptionsProxy<AppRouter>, { input }: { input: ReportInput | null }) {
  const bpo = input ? forType(input, 'BPO') : null;
  return {
    report: trpc.report.summary.queryOptions(bpo ?? skipToken),
    trend: trpc.savings.trend.queryOptions(bpo ?? skipToken),
  };
}
