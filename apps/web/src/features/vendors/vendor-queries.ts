import type { AppRouter } from '@portfolio/api';
import type { ReportInput } from '@portfolio/domain';
import { skipToken } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';

/** The vendors page's query of the filters' input: one list for the page and its route. */
export function vendorQueries(trpc: TRPCOptionsProxy<AppRouter>, { input }: { input: ReportInput | null }) {
  return { scorecards: trpc.vendors.scorecards.queryOptions(input ?? skipToken) };
}
