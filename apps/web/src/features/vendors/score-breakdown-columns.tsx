import { VENDOR_SCORE_WEIGHTS, type VendorScoreComponent } from '@portfolio/domain';
import type { Column } from '../../components/data-table.tsx';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { BAND_LABEL, COMPONENT_LABEL } from './vendor-data.ts';

type Scorecard = RouterOutputs['vendors']['scorecards'][number];

/**
 * "How the score is made", one row per vendor: each component's value under a header that gives its weight, the
 * weighted mean, the critical breaches and their penalty, the cap, and the score that results.
 */
export const SCORE_BREAKDOWN_COLUMNS: Column<Scorecard>[] = [
  { key: 'vendor', header: 'Vendor', value: (r) => r.vendor },
  ...(Object.entries(VENDOR_SCORE_WEIGHTS) as [VendorScoreComponent, number][]).map(
    ([component, weight]): Column<Scorecard> => ({
      key: component,
      header: `${COMPONENT_LABEL[component]} ×${weight}`,
      value: (r) => r.components[component],
      kind: 'score',
    }),
  ),
  { key: 'weighted', header: 'Weighted mean', value: (r) => r.weightedScore, kind: 'score' },
  {
    key: 'criticalBreaches',
    header: 'Critical breaches',
    value: (r) => r.criticalSla.breached,
    kind: 'count',
  },
  { key: 'penalty', header: 'Penalty', value: (r) => -r.breachPenalty, kind: 'score' },
  {
    key: 'capped',
    header: 'Capped at 69.9',
    value: (r) => (r.capped ? 'yes' : 'no'),
  },
  { key: 'score', header: 'Score', value: (r) => r.score, kind: 'score' },
  {
    key: 'band',
    header: 'Band',
    value: (r) => BAND_LABEL[r.band],
    render: (r) => <span className={`pill pill--${r.band}`}>{BAND_LABEL[r.band]}</span>,
  },
];
