import { useQuery } from '@tanstack/react-query';
import { DataCard } from '../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../components/data-table.tsx';
import { paths, useDrillDown } from '../../components/filtered-link.tsx';
import type { Formatters } from '../../lib/format.ts';
import { monthLabel } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFilters, useFormat } from '../../lib/use-filters.ts';
import {
  type EngagementBudgetRow,
  VARIANCE_LEGEND,
  type VendorBudgetRow,
  varianceMark,
  varianceTone,
} from './budget-table-data.ts';
import './spend.css';
import { spendQueries } from './spend-queries.ts';

/** The money and variance columns both views share; the variance is coloured by the sign convention. */
function figureColumns<
  Row extends {
    budget: string;
    actual: string;
    forecast: string;
    variance: string;
    variancePct: number | null;
  },
>(format: Formatters): Column<Row>[] {
  const tone = (r: Row) => varianceTone(r.variance);
  return [
    { key: 'budget', header: 'Budget', value: (r) => r.budget, kind: 'money' },
    { key: 'actual', header: 'Actual to date', value: (r) => r.actual, kind: 'money' },
    { key: 'forecast', header: 'Run-rate forecast', value: (r) => r.forecast, kind: 'money' },
    {
      key: 'variance',
      header: 'Variance',
      value: (r) => r.variance,
      kind: 'money',
      render: (r) => (
        <span className={`variance--${tone(r)}`}>
          {varianceMark(tone(r))} {format.format('money', r.variance)}
        </span>
      ),
    },
    {
      key: 'variancePct',
      header: 'Variance %',
      value: (r) => r.variancePct,
      kind: 'pct',
      render: (r) => <span className={`variance--${tone(r)}`}>{format.format('pct', r.variancePct)}</span>,
    },
  ];
}

/**
 * Budget against actual per engagement and per vendor (two tables of one query), in the fiscal year of the range's as-of month, by the rule of
 * the budget-overrun alert (so the two agree). Sortable, exportable, coloured by the stated sign convention.
 */
export function BudgetTableCard() {
  const trpc = useTRPC();
  const format = useFormat();
  const drill = useDrillDown();
  const { input, range } = useFilters();
  const table = useQuery(spendQueries(trpc, { input }).budgetTable);

  const engagementColumns: Column<EngagementBudgetRow>[] = [
    {
      key: 'code',
      header: 'Engagement',
      value: (r) => r.code,
      render: (r) => <span className="mono">{r.code}</span>,
    },
    { key: 'name', header: 'Name', value: (r) => r.name, exportOnly: true },
    { key: 'vendor', header: 'Vendor', value: (r) => r.vendor },
    ...figureColumns<EngagementBudgetRow>(format),
    {
      key: 'elapsedMonths',
      header: 'Months elapsed',
      value: (r) => r.elapsedMonths,
      kind: 'count',
      exportOnly: true,
    },
    {
      key: 'totalMonths',
      header: 'Months in the year',
      value: (r) => r.totalMonths,
      kind: 'count',
      exportOnly: true,
    },
  ];
  const vendorColumns: Column<VendorBudgetRow>[] = [
    { key: 'vendor', header: 'Vendor', value: (r) => r.vendor },
    { key: 'engagements', header: 'Engagements', value: (r) => r.engagements.length, kind: 'count' },
    { key: 'codes', header: 'Engagement codes', value: (r) => r.engagements.join(' '), exportOnly: true },
    ...figureColumns<VendorBudgetRow>(format),
  ];
  const initialSort = { key: 'variancePct', direction: 'desc' } as const;
  const subtitle = table.data
    ? `${table.data.fiscalYear} (${monthLabel(table.data.from)} – ${monthLabel(table.data.to)}), actual to ${monthLabel(table.data.current)}; the same rule as the budget alerts`
    : undefined;

  return (
    <>
      <DataCard
        wide
        title="Budget vs actual per engagement"
        subtitle={subtitle}
        query={table}
        range={range}
        isEmpty={(data) => data.engagements.length === 0}
        emptyText="No engagement with a budget has run in this fiscal year."
        exportOf={(data) => ({ columns: csvColumns(engagementColumns), rows: data.engagements })}
      >
        {(data) => (
          <>
            <DataTable
              label="Budget vs actual per engagement"
              rows={data.engagements}
              columns={engagementColumns}
              rowKey={(r) => r.code}
              format={format}
              initialSort={initialSort}
              onActivate={(r) => drill(paths.engagement(r.code))}
              activateLabel={(r) => `Open engagement ${r.code}`}
            />
            <p className="note">{VARIANCE_LEGEND}</p>
          </>
        )}
      </DataCard>
      <DataCard
        wide
        title="Budget vs actual per vendor"
        subtitle={subtitle}
        query={table}
        range={range}
        isEmpty={(data) => data.vendors.length === 0}
        emptyText="No vendor with a budgeted engagement has run in this fiscal year."
        exportOf={(data) => ({ columns: csvColumns(vendorColumns), rows: data.vendors })}
      >
        {(data) => (
          <>
            <DataTable
              label="Budget vs actual per vendor"
              rows={data.vendors}
              columns={vendorColumns}
              rowKey={(r) => r.vendor}
              format={format}
              initialSort={initialSort}
              onActivate={(r) => drill(paths.vendor(r.vendor))}
              activateLabel={(r) => `Open vendor ${r.vendor}`}
            />
            <p className="note">{VARIANCE_LEGEND}</p>
          </>
        )}
      </DataCard>
    </>
  );
}
