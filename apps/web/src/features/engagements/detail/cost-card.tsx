import { skipToken, useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../../components/charts/chart-card.tsx';
import type { ChartSeries } from '../../../lib/chart-rows.ts';
import { COLORS } from '../../../lib/colors.ts';
import { shapeQuery } from '../../../lib/shape-query.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useFormat } from '../../../lib/use-filters.ts';
import { costByMonth } from '../engagement-rows.ts';
import { type ScopedRange, scopedInput } from './detail-scope.ts';

const COST: ChartSeries[] = [
  { key: 'charges', label: 'Charges', kind: 'money', color: COLORS.brand, type: 'bar' },
  { key: 'creditsOwed', label: 'Credits owed', kind: 'money', color: COLORS.bad, type: 'bar' },
  { key: 'creditsPending', label: 'Credits pending', kind: 'money', color: COLORS.warn, type: 'bar' },
  { key: 'netCost', label: 'Net cost', kind: 'money', color: COLORS.teal, type: 'line' },
];

/** Charges, credits and net cost month by month, in the reporting currency. */
export function CostCard(scope: ScopedRange) {
  const trpc = useTRPC();
  const format = useFormat();
  const input = scopedInput(scope);
  const range = scope.range;
  const cost = useQuery(
    trpc.report.series.queryOptions(input ? { ...input, by: 'total', perMonth: true } : skipToken),
  );
  return (
    <ChartCard
      wide
      title="Cost by month"
      subtitle={`In ${format.currency}`}
      query={shapeQuery(cost, costByMonth)}
      series={COST}
      format={format}
      range={range}
    />
  );
}
