import type { AppRouter } from '@portfolio/api';
import { type FetchQueryOptions, type QueryClient, skipToken } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { type FilterSelection, readFilters, selectionOf } from './filters.ts';

/** What a route needs to start its page's queries before the page is drawn. */
export interface QueryAccess {
  trpc: TRPCOptionsProxy<AppRouter>;
  queryClient: QueryClient;
}

type Queries = Record<string, { queryKey: readonly unknown[]; queryFn?: unknown }>;

/**
 * Starts the queries a page of the shared filters is about to ask for, from the address's filters, while its
 * code is still loading: by the time it is drawn its figures are there or on the way. Nothing is started until
 * the server's today and fiscal year are in the cache (the page carries them), as the page itself waits for them.
 */
export function prefetchFor(
  { trpc, queryClient }: QueryAccess,
  search: URLSearchParams,
  queriesOf: (trpc: TRPCOptionsProxy<AppRouter>, selection: FilterSelection) => Queries,
): void {
  const info = queryClient.getQueryData(trpc.meta.info.queryKey());
  if (!info) return;
  const queries = queriesOf(trpc, selectionOf(readFilters(search), info.today, info.fiscalYearStart));
  for (const options of Object.values(queries)) {
    if (options.queryFn !== skipToken) void queryClient.prefetchQuery(options as FetchQueryOptions);
  }
}
