import { clippedColumn } from '../../components/columns.tsx';
import type { Column } from '../../components/data-table.tsx';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { BAND_LABEL } from './vendor-data.ts';

type Scorecard = RouterOutputs['vendors']['scorecards'][number];

/** The scorecard table's columns. */
export const SCORECARD_COLUMNS: Column<Scorecard>[] = [
  clippedColumn('vendor', 'Vendor', (r) => r.vendor, 'wide'),
  {
    key: 'band',
    header: 'Band',
    value: (r) => BAND_LABEL[r.band],
    render: (r) => <span className={`pill pill--${r.band}`}>{BAND_LABEL[r.band]}</span>,
  },
  { key: 'score', header: 'Score', value: (r) => r.score, kind: 'score' },
  {
    key: 'engagements',
    header: 'Engagements',
    value: (r) => r.engagements.length,
    kind: 'count',
    render: (r) => (
      <span title={`BPO ${r.bpo} · KPO ${r.kpo}: ${r.engagements.join(', ')}`}>{r.engagements.length}</span>
    ),
  },
  { key: 'codes', header: 'Engagement codes', value: (r) => r.engagements.join(' '), exportOnly: true },
  { key: 'attainment', header: 'Attainment', value: (r) => r.sla.attainmentPct, kind: 'pct' },
  { key: 'breached', header: 'Breaches', value: (r) => r.sla.breached, kind: 'count', exportOnly: true },
  { key: 'creditsPct', header: 'Credits %', value: (r) => r.creditsPct, kind: 'pct' },
  { key: 'savingsPct', header: 'Savings %', value: (r) => r.savingsPct, kind: 'pct' },
  { key: 'savingsVsPlanPct', header: 'vs plan', value: (r) => r.savingsVsPlanPct, kind: 'pct' },
  { key: 'onTimePct', header: 'On time', value: (r) => r.insight.onTimePct, kind: 'pct' },
  {
    key: 'meanQuality',
    header: 'Quality',
    value: (r) => r.insight.meanQuality,
    kind: 'rating',
    exportOnly: true,
  },
  { key: 'charges', header: 'Charges', value: (r) => r.charges, kind: 'money', exportOnly: true },
  { key: 'netCost', header: 'Net cost', value: (r) => r.netCost, kind: 'money', exportOnly: true },
  {
    key: 'creditsOwed',
    header: 'Credits owed',
    value: (r) => r.creditsOwed,
    kind: 'money',
    exportOnly: true,
  },
  {
    key: 'creditsPending',
    header: 'Credits pending',
    value: (r) => r.creditsPending,
    kind: 'money',
    exportOnly: true,
  },
  {
    key: 'creditsEarnedBack',
    header: 'Credits earned back',
    value: (r) => r.creditsEarnedBack,
    kind: 'money',
    exportOnly: true,
  },
  { key: 'savings', header: 'Savings', value: (r) => r.savings, kind: 'money', exportOnly: true },
];
