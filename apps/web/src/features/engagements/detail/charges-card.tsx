import { skipToken, useQuery } from '@tanstack/react-query';
import { SeriesChart } from '../../../components/charts/series-chart.tsx';
import { DataCard } from '../../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../../components/data-table.tsx';
import type { ChartSeries } from '../../../lib/chart-rows.ts';
import { COLORS } from '../../../lib/colors.ts';
import { formattersFor, humanize, monthLabel } from '../../../lib/format.ts';
import { shapeQuery } from '../../../lib/shape-query.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useFormat } from '../../../lib/use-filters.ts';
import { CHARGE_CATEGORIES, type ChargeMonth, chargeBars, chargesByMonth } from '../engagement-rows.ts';
import type { ScopedRange } from './detail-scope.ts';

const CATEGORY_COLORS = [COLORS.brand, COLORS.bpo, COLORS.sand, COLORS.grey];

const chargeSeries: ChartSeries[] = CHARGE_CATEGORIES.map((category, index) => ({
  key: category,
  label: humanize(category),
  kind: 'money',
  color: CATEGORY_COLORS[index] ?? COLORS.grey,
  type: 'bar',
  stackId: 'c',
}));

/** The engagement's charges by category and month, as invoiced in its own currency. */
export function ChargesCard({ code, range, currency }: ScopedRange & { currency: string }) {
  const trpc = useTRPC();
  const format = useFormat();
  const charges = useQuery(trpc.engagements.charges.queryOptions(range ? { ...range, code } : skipToken));
  // Charges are shown as invoiced, in the engagement's currency: its axis and figures carry its symbol.
  const engagementFormat = formattersFor(currency);
  const chargeColumns: Column<ChargeMonth>[] = [
    { key: 'period', header: 'Month', value: (r) => r.period, render: (r) => monthLabel(r.period) },
    ...CHARGE_CATEGORIES.map((category) => ({
      key: category,
      header: humanize(category),
      value: (r: ChargeMonth) => r[category],
      kind: 'number' as const,
      render: (r: ChargeMonth) => (r[category] === null ? '—' : format.moneyIn(currency, r[category])),
    })),
  ];
  return (
    <DataCard
      wide
      title="Charges by category"
      subtitle={`In ${currency}, as invoiced`}
      query={shapeQuery(charges, chargesByMonth)}
      range={range}
      isEmpty={(rows) => rows.length === 0}
      emptyText="No charges in the range."
      exportOf={(rows) => ({ columns: csvColumns(chargeColumns), rows })}
    >
      {(rows) => (
        <>
          <SeriesChart
            label="Charges by category"
            rows={chargeBars(rows)}
            series={chargeSeries}
            format={engagementFormat}
            height={200}
            table={false}
          />
          <DataTable
            label="Charges by category"
            rows={rows}
            columns={chargeColumns}
            rowKey={(r) => r.period}
            format={format}
            sortable={false}
            maxHeight={220}
          />
        </>
      )}
    </DataCard>
  );
}
