import type { ChartSeries } from './chart-rows.ts';
import { COLORS } from './colors.ts';

/**
 * What BPO work cost in-house (the baseline, dashed) against what it costs now: the overview's chart and the
 * savings page's over-time chart draw these two the same way.
 */
export const BASELINE_VS_NET_COST: ChartSeries[] = [
  {
    key: 'baseline',
    label: 'Baseline (in-house)',
    kind: 'money',
    color: COLORS.grey,
    type: 'line',
    dashed: true,
  },
  { key: 'netCost', label: 'Net cost', kind: 'money', color: COLORS.bpo, type: 'area' },
];
