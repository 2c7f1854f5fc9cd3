import type { AppRouter } from '@portfolio/api';
import type { ReportInput } from '@portfolio/domain';
import { skipToken } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';

/**
 * The engagements page's queries of the filters' input: the list (by the filter, whatever the range) and each
 * engagement's figures over the range. One list for the page and its route.
 */
export function engagementQueries(
  trpc: TRPCOptionsProxy<AppRouter>,
  { input }: { input: ReportInput | null },
) {
  const { from: _from, to: _to, ...filter } = input ?? { from: '', to: '' };
  return {
    list: trpc.engagements.list.queryOptions(input ? filter : skipToken),
    report: trpc.report.portfolio.queryOptions(input ?? skipToken),
  };
}
