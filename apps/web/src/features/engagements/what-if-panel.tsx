import type { ContractChangesInput } from '@portfolio/domain';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Card } from '../../components/card.tsx';
import { SeriesChart } from '../../components/charts/series-chart.tsx';
import { DataCard } from '../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../components/data-table.tsx';
import { Tile, TileGrid } from '../../components/tiles.tsx';
import type { ChartSeries } from '../../lib/chart-rows.ts';
import { COLORS } from '../../lib/colors.ts';
import { type Formatters, monthLabel, signed } from '../../lib/format.ts';
import { shapeQuery } from '../../lib/shape-query.ts';
import { apiFieldIssues, type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useFormat } from '../../lib/use-filters.ts';
import { WhatIfForm } from './what-if-form.tsx';
import {
  changesOfForm,
  termsForm,
  type WhatIfRow,
  whatIfChartRows,
  whatIfRows,
  withheld,
} from './what-if-rows.ts';
import './what-if.css';

type Detail = RouterOutputs['engagements']['detail'];
type Report = RouterOutputs['whatIf']['contract']['actual'];

const SERIES: ChartSeries[] = [
  { key: 'creditsActual', label: 'Credits on record', kind: 'money', color: COLORS.grey, type: 'bar' },
  { key: 'creditsWhatIf', label: 'Credits, what-if', kind: 'money', color: COLORS.brand, type: 'bar' },
  {
    key: 'attainmentActual',
    label: 'Attainment on record',
    kind: 'pct',
    color: COLORS.grey,
    type: 'line',
    axis: 'right',
    dashed: true,
  },
  {
    key: 'attainmentWhatIf',
    label: 'Attainment, what-if',
    kind: 'pct',
    color: COLORS.teal,
    type: 'line',
    axis: 'right',
  },
];

/** The table's columns: each figure on record, under the what-if, and the difference (what-if − on record). */
function columns(format: Formatters): Column<WhatIfRow>[] {
  const money = (key: keyof WhatIfRow, header: string): Column<WhatIfRow> => ({
    key,
    header,
    value: (row) => row[key],
    kind: 'money',
  });
  const pct = (key: keyof WhatIfRow, header: string): Column<WhatIfRow> => ({
    key,
    header,
    value: (row) => row[key],
    kind: 'pct',
  });
  return [
    { key: 'period', header: 'Month', value: (row) => row.period, render: (row) => monthLabel(row.period) },
    money('creditsActual', 'Credits on record'),
    money('creditsWhatIf', 'Credits, what-if'),
    {
      ...money('creditsDiff', 'Credits difference'),
      render: (row) => signed(Number(row.creditsDiff), (n) => format.format('money', n)),
    },
    pct('attainmentActual', 'Attainment on record'),
    pct('attainmentWhatIf', 'Attainment, what-if'),
    {
      ...pct('attainmentDiff', 'Attainment difference (pts)'),
      render: (row) =>
        row.attainmentDiff === null ? '—' : signed(row.attainmentDiff, (n) => format.format('number', n)),
    },
    money('netCostActual', 'Net cost on record'),
    money('netCostWhatIf', 'Net cost, what-if'),
    {
      ...money('netCostDiff', 'Net cost difference'),
      render: (row) => signed(Number(row.netCostDiff), (n) => format.format('money', n)),
    },
  ];
}

/** A what-if figure with the one on record and the difference beside it. */
function Compared({
  label,
  actual,
  whatIf,
  format,
}: {
  label: string;
  actual: string;
  whatIf: string;
  format: Formatters;
}) {
  const difference = Number(whatIf) - Number(actual);
  return (
    <Tile
      label={label}
      {...format.tile('money', whatIf)}
      detail={`On record ${format.format('money', actual)} · ${signed(difference, (n) => format.format('money', n))}`}
    />
  );
}

function Totals({ actual, whatIf, format }: { actual: Report; whatIf: Report; format: Formatters }) {
  const a = actual.totals;
  const w = whatIf.totals;
  const pts = (value: number | null) => (value === null ? '—' : format.format('pct', value));
  const attainmentDiff =
    a.sla.attainmentPct === null || w.sla.attainmentPct === null
      ? null
      : w.sla.attainmentPct - a.sla.attainmentPct;
  return (
    <TileGrid label="What-if totals of the range">
      <Compared label="Credits withheld, what-if" actual={withheld(a)} whatIf={withheld(w)} format={format} />
      <Compared
        label="Credits earned back, what-if"
        actual={a.creditsEarnedBack}
        whatIf={w.creditsEarnedBack}
        format={format}
      />
      <Compared label="Net cost, what-if" actual={a.netCost} whatIf={w.netCost} format={format} />
      <Tile
        label="SLA attainment, what-if"
        {...format.tile('pct', w.sla.attainmentPct)}
        detail={`On record ${pts(a.sla.attainmentPct)}${attainmentDiff === null ? '' : ` · ${signed(attainmentDiff, (n) => format.format('number', n))} pts`}`}
      />
    </TileGrid>
  );
}

/**
 * The contract what-if of an engagement's page: edit the terms, replay the range's history under them (nothing is
 * written), and see both histories side by side, month by month, with the difference.
 */
export function WhatIfPanel({
  detail,
  range,
}: {
  detail: Detail;
  range: { from: string; to: string } | null;
}) {
  const trpc = useTRPC();
  const format = useFormat();
  const recorded = useMemo(() => termsForm(detail), [detail]);
  const [form, setForm] = useState(recorded);
  const [applied, setApplied] = useState<ContractChangesInput | null>(null);
  const input = applied && range ? { engagement: detail.code, ...range, ...applied } : null;
  const contract = useQuery(trpc.whatIf.contract.queryOptions(input ?? skipToken, { retry: false }));
  const months = useQuery(trpc.whatIf.months.queryOptions(input ?? skipToken, { retry: false }));
  const issues = apiFieldIssues(contract.error);
  const tableColumns = columns(format);
  return (
    <>
      <Card
        wide
        title="Contract what-if"
        subtitle="The range's measurements and charges replayed under other terms by the same rules; nothing is saved"
      >
        <WhatIfForm
          form={form}
          slas={detail.slas}
          issues={issues}
          onChange={setForm}
          onSubmit={() => setApplied(changesOfForm(form, recorded))}
          onReset={() => {
            setForm(recorded);
            setApplied(null);
          }}
        />
        {contract.error ? (
          <div className="form-error" role="alert">
            The terms cannot be replayed: {contract.error.message}
          </div>
        ) : contract.data ? (
          <Totals actual={contract.data.actual} whatIf={contract.data.whatIf} format={format} />
        ) : contract.isFetching ? (
          <p className="state" role="status">
            Replaying…
          </p>
        ) : null}
      </Card>
      {input && !contract.error ? (
        <DataCard
          wide
          title="What-if month by month"
          subtitle={`Credits withheld (owed + pending), attainment and net cost in ${format.currency}: on record, what-if, difference`}
          query={shapeQuery(months, whatIfRows)}
          range={range}
          isEmpty={(rows) => rows.length === 0}
          emptyText="No month of the range is counted yet."
          exportOf={(rows) => ({ columns: csvColumns(tableColumns), rows })}
        >
          {(rows) => (
            <>
              <SeriesChart
                label="Credits and attainment, on record and what-if"
                rows={whatIfChartRows(rows)}
                series={SERIES}
                format={format}
                height={240}
                table={false}
              />
              <DataTable
                label="What-if month by month"
                rows={rows}
                columns={tableColumns}
                rowKey={(row) => row.period}
                format={format}
                sortable={false}
                maxHeight={360}
              />
            </>
          )}
        </DataCard>
      ) : null}
    </>
  );
}
