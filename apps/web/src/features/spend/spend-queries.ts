import type { AppRouter } from '@portfolio/api';
import type { ReportInput } from '@portfolio/domain';
import { skipToken } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';

/** Every query of the spend page for the filters' input: one list for the page and its route (lib/prefetch.ts). */
export function spendQueries(trpc: TRPCOptionsProxy<AppRouter>, { input }: { input: ReportInput | null }) {
  return {
    report: trpc.report.summary.queryOptions(input ?? skipToken),
    byVendor: trpc.report.series.queryOptions(
      input ? { ...input, by: 'vendor', perMonth: false } : skipToken,
    ),
    byLocation: trpc.report.series.queryOptions(
      input ? { ...input, by: 'location', perMonth: false } : skipToken,
    ),
    byCategory: trpc.spend.byCategory.queryOptions(input ?? skipToken),
    byCurrency: trpc.spend.byCurrency.queryOptions(input ?? skipToken),
    budget: trpc.spend.budget.queryOptions(input ?? skipToken),
    budgetTable: trpc.spend.budgetTable.queryOptions(input ?? skipToken),
    creditNotes: trpc.spend.creditNotes.queryOptions(input ?? skipToken),
  };
}
