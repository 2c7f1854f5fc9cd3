import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { type Filters, filterSearch, readFilters, selectionOf, writeFilters } from './filters.ts';
import { formattersFor } from './format.ts';
import { useTRPC } from './trpc.ts';

/**
 * The shared filters, read from and written to the URL (so a view can be bookmarked and shared), and the API
 * input they make once the server's today and fiscal year are known.
 */
export function useFilters() {
  const trpc = useTRPC();
  const info = useQuery(trpc.meta.info.queryOptions());
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const filters = useMemo(() => readFilters(params), [params]);
  const today = info.data?.today;
  const fiscalYearStart = info.data?.fiscalYearStart;

  return useMemo(() => {
    const selection = today && fiscalYearStart ? selectionOf(filters, today, fiscalYearStart) : null;
    return {
      info,
      filters,
      // Each null until the server's settings are loaded.
      range: selection?.range ?? null,
      comparison: selection?.comparison ?? null,
      /** The month in progress when the range holds it (its figures are partial), else null. */
      openMonth: selection?.openMonth ?? null,
      /** The report input of the filters. */
      input: selection?.input ?? null,
      comparisonInput: selection?.comparisonInput ?? null,
      /** The filters as a query string, to keep them on links to other pages. */
      search: filterSearch(location.search),
      update(patch: Partial<Filters>) {
        setParams((previous) => writeFilters({ ...readFilters(previous), ...patch }, previous));
      },
    };
  }, [info, filters, today, fiscalYearStart, location.search, setParams]);
}

/** Formatters in the reporting currency and the browser's locale. */
export function useFormat() {
  const trpc = useTRPC();
  const info = useQuery(trpc.meta.info.queryOptions());
  const currency = info.data?.currency ?? 'USD';
  return formattersFor(currency);
}
