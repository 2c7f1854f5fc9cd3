import { VENDOR_SCORE_WEIGHTS, type VendorScoreComponent } from '@portfolio/domain';
import { clippedColumn } from '../../components/columns.tsx';
import type { Column } from '../../components/data-table.tsx';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { BAND_LABEL } from './vendor-data.ts';

type Scorecard = RouterOutputs['vendors']['scorecards'][number];

/** Short headers, so the table fits beside the sentence above it that names each component in full. */
const SHORT_LABEL: Record<VendorScoreComponent, string> = {
  attainment: 'SLAs',
  critical: 'Critical',
  savings: 'Savings',
  credits: 'Credits',
  onTime: 'On time',
  quality: 'Quality',
};

/**
 * "How the score is made", one row per vendor: each component's value under a header that gives its weight, the
 * weighted mean, the critical breaches and their penalty, the cap, and the score that results.
 */
export const SCORE_BREAKDOWN_COLUMNS: Column<Scorecard>[] = [
  clippedColumn('vendor', 'Vendor', (r) => r.vendor),
  ...(Object.entries(VENDOR_SCORE_WEIGHTS) as [VendorScoreComponent, number][]).map(
    ([component, weight]): Column<Scorecard> => ({
      key: component,
      header: `${SHORT_LABEL[component]} ×${weight}`,
      value: (r) => r.components[component],
      kind: 'score',
    }),
  ),
  { key: 'weighted', header: 'Weighted', value: (r) => r.weightedScore, kind: 'score' },
  {
    key: 'criticalBreaches',
    header: 'Critical breaches',
    value: (r) => r.criticalSla.breached,
    kind: 'count',
    exportOnly: true,
  },
  {
    key: 'penalty',
    header: 'Breaches',
    value: (r) => -r.breachPenalty,
    kind: 'score',
    // The count and what it cost, in one narrow cell: "7: −25".
    render: (r) => (r.criticalSla.breached === 0 ? '0' : `${r.criticalSla.breached}: −${r.breachPenalty}`),
  },
  {
    key: 'capped',
    header: 'Capped at 69.9',
    value: (r) => (r.capped ? 'yes' : 'no'),
    exportOnly: true,
  },
  {
    key: 'score',
    header: 'Score',
    value: (r) => r.score,
    kind: 'score',
    // A capped score says so beside the number.
    render: (r) => (r.score === null ? '—' : `${r.score.toFixed(1)}${r.capped ? ' (capped)' : ''}`),
  },
  {
    key: 'band',
    header: 'Band',
    value: (r) => BAND_LABEL[r.band],
    // The scorecards above and the bars' colours show it; here it would only widen the table.
    exportOnly: true,
  },
];
