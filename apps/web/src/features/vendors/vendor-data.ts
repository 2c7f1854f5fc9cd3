import { VENDOR_SCORE_WEIGHTS, type VendorBand, type VendorScoreComponent } from '@portfolio/domain';
import { type ChartRow, monthRow } from '../../lib/chart-rows.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';

type Scorecard = RouterOutputs['vendors']['scorecards'][number];
type SeriesPoint = RouterOutputs['report']['series'][number];

export const BAND_LABEL: Record<VendorBand, string> = {
  strong: 'Strong',
  good: 'Good',
  watch: 'Watch',
  at_risk: 'At risk',
  unrated: 'Unrated',
};

export const COMPONENT_LABEL: Record<VendorScoreComponent, string> = {
  attainment: 'SLA attainment',
  savings: 'Savings vs plan',
  credits: 'Credits (fewer is better)',
  onTime: 'On-time delivery',
  quality: 'Quality',
};

/** Vendors by score, best first (unrated last), for a bar chart. */
export function scoreBars(cards: readonly Scorecard[]): ChartRow[] {
  return [...cards]
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1))
    .map((card) => ({ key: card.vendor, label: card.vendor, score: card.score }));
}

/** A vendor's component scores with their weights; components that do not apply are left out. */
export function componentBars(card: Scorecard): ChartRow[] {
  return (Object.keys(VENDOR_SCORE_WEIGHTS) as VendorScoreComponent[])
    .filter((component) => card.components[component] !== null)
    .map((component) => ({
      key: component,
      label: `${COMPONENT_LABEL[component]} (×${VENDOR_SCORE_WEIGHTS[component]})`,
      score: card.components[component],
    }));
}

/** A vendor's attainment and breaches per month. */
export function vendorAttainment(points: readonly SeriesPoint[]): ChartRow[] {
  return points.map((p) =>
    monthRow(p.period ?? '', { attainment: p.sla.attainmentPct, breached: p.sla.breached }),
  );
}
