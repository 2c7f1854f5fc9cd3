import { dashboardLink, type EngagementFilter } from '@portfolio/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataCard } from '../../components/data-card.tsx';
import { type Column, csvColumns, DataTable } from '../../components/data-table.tsx';
import { dateLabel, type Formatters, monthLabel, plural } from '../../lib/format.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { useFormat } from '../../lib/use-filters.ts';
import { RenewalCalendar } from './renewal-calendar.tsx';

type Renewals = RouterOutputs['alerts']['renewals'];
type Row = Renewals['rows'][number];

/** Savings for BPO, insight delivery for KPO: what the engagement was bought for. */
function outcome(row: Row, format: Formatters): string {
  const evidence = row.evidence;
  if (!evidence) return '—';
  if (evidence.insight) {
    const i = evidence.insight;
    return `${i.delivered} delivered, ${format.format('pct', i.onTimePct)} on time, ${format.format('pct', i.adoptionPct)} acted on, value ${format.format('money', i.valueRealized)}`;
  }
  if (evidence.savings !== null) {
    const planned =
      evidence.plannedSavings === null ? '' : ` (planned ${format.format('money', evidence.plannedSavings)})`;
    return `Saved ${format.format('money', evidence.savings)}, ${format.format('pct', evidence.savingsPct)} of baseline${planned}`;
  }
  return '—';
}

function columns(format: Formatters, link: (code: string) => string): Column<Row>[] {
  return [
    {
      key: 'engagement',
      header: 'Engagement',
      value: (r) => r.engagement,
      render: (r) => (
        <>
          <Link to={link(r.engagement)}>
            {r.engagement} · {r.engagementName}
          </Link>
          <span className="renewal-engagement__vendor">
            {r.vendor}, {r.type}
          </span>
        </>
      ),
    },
    { key: 'vendor', header: 'Vendor', value: (r) => r.vendor, exportOnly: true },
    { key: 'type', header: 'Type', value: (r) => r.type, exportOnly: true },
    {
      key: 'endDate',
      header: 'Ends',
      value: (r) => r.endDate,
      render: (r) => (
        <>
          {dateLabel(r.endDate)}
          <span className={`window window--${r.window} renewal-engagement__vendor`}>
            in {plural(r.daysLeft, 'day')} (≤ {r.window})
          </span>
        </>
      ),
    },
    { key: 'daysLeft', header: 'Days left', value: (r) => r.daysLeft, exportOnly: true },
    {
      key: 'attainment',
      header: 'SLA attainment',
      value: (r) => r.evidence?.sla.attainmentPct ?? null,
      kind: 'pct',
      render: (r) =>
        r.evidence ? (
          <>
            {format.format('pct', r.evidence.sla.attainmentPct)}
            <span className="renewal-engagement__vendor">{r.evidence.sla.breached} breached</span>
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'credits',
      header: 'Credits',
      value: (r) => (r.evidence ? Number(r.evidence.creditsOwed) + Number(r.evidence.creditsPending) : null),
      kind: 'money',
    },
    { key: 'netCost', header: 'Net cost', value: (r) => r.evidence?.netCost ?? null, kind: 'money' },
    {
      key: 'outcome',
      header: 'Savings or insight',
      value: (r) => outcome(r, format),
      render: (r) => <span className="renewal-outcome">{outcome(r, format)}</span>,
    },
  ];
}

/**
 * Engagements ending in the next 90 days: a calendar of their end dates and, beside each, the last 12 months'
 * attainment, credits, cost and savings or insight, so the renewal decision has its evidence in one place.
 */
export function RenewalsCard({ filter }: { filter: EngagementFilter }) {
  const trpc = useTRPC();
  const format = useFormat();
  const renewals = useQuery(trpc.alerts.renewals.queryOptions(filter));
  const range = renewals.data?.range;
  const link = (code: string) =>
    dashboardLink(['engagements', code], range ? { range: 'custom', from: range.from, to: range.to } : {});
  const tableColumns = columns(format, link);
  return (
    <DataCard
      wide
      title="Renewal calendar and evidence"
      subtitle={
        range
          ? `Engagements ending in the next 90 days, with their figures from ${monthLabel(range.from)} to ${monthLabel(range.to)}`
          : 'Engagements ending in the next 90 days'
      }
      query={renewals}
      range={range}
      isEmpty={(data) => data.rows.length === 0}
      emptyText="No engagement ends in the next 90 days."
      exportOf={(data) => ({ columns: csvColumns(tableColumns), rows: data.rows })}
    >
      {(data) => (
        <>
          <RenewalCalendar
            today={data.today}
            entries={data.rows.map((row) => ({ ...row, link: link(row.engagement) }))}
          />
          <DataTable
            label="Renewal evidence"
            rows={data.rows}
            columns={tableColumns}
            rowKey={(r) => r.engagement}
            format={format}
            sortable={false}
          />
        </>
      )}
    </DataCard>
  );
}
