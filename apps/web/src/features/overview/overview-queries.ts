import type { AppRouter } from '@portfolio/api';
import type { ReportInput } from '@portfolio/domain';
import { skipToken } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';

/**
 * Every query of the overview, for the filters' inputs (null until the server's settings are known). One list
 * for the page and for its route, which starts them while the page's code is still loading (lib/prefetch.ts).
 */
export function overviewQueries(
  trpc: TRPCOptionsProxy<AppRouter>,
  { input, comparisonInput }: { input: ReportInput | null; comparisonInput: ReportInput | null },
) {
  // Months with figures on each side: a period with fewer (a year the data only begins in) is no fair comparison.
  const perMonth = { by: 'total', perMonth: true } as const;
  const bpoInput = input && selectsBpo(input) ? { ...input, types: ['BPO' as const] } : null;
  return {
    summary: trpc.report.summary.queryOptions(input ?? skipToken),
    previousSummary: trpc.report.summary.queryOptions(comparisonInput ?? skipToken),
    byMonth: trpc.report.series.queryOptions(input ? { ...input, ...perMonth } : skipToken),
    previousByMonth: trpc.report.series.queryOptions(
      comparisonInput ? { ...comparisonInput, ...perMonth } : skipToken,
    ),
    byType: trpc.report.series.queryOptions(input ? { ...input, by: 'type', perMonth: true } : skipToken),
    largest: trpc.report.series.queryOptions(
      input ? { ...input, by: 'engagement', perMonth: false, top: 10 } : skipToken,
    ),
    savings: trpc.savings.trend.queryOptions(bpoInput ?? skipToken),
    topBreaches: trpc.slas.topBreaches.queryOptions(input ? { ...input, limit: 8 } : skipToken),
    overdue: trpc.insight.overdue.queryOptions(input ? { ...input, limit: 8 } : skipToken),
  };
}

/** Whether the filters select BPO work: when they select KPO only, the BPO chart has nothing to ask for. */
export function selectsBpo(input: ReportInput): boolean {
  return !input.types?.length || input.types.includes('BPO');
}
