import {
  VENDOR_BAND_FLOORS,
  VENDOR_SCORE_WEIGHTS,
  type VendorBand,
  type VendorScoreComponent,
} from '@portfolio/domain';
import type { ChartReference } from '../../components/charts/series-chart.tsx';
import { type ChartRow, monthRow } from '../../lib/chart-rows.ts';
import { COLORS } from '../../lib/colors.ts';
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
  critical: 'Critical SLAs',
  savings: 'Savings vs plan',
  credits: 'Credits (fewer is better)',
  onTime: 'On-time delivery',
  quality: 'Quality',
};

/** Each band's colour: the bars and pills say the band before the number is read. */
export const BAND_COLOR: Record<VendorBand, string> = {
  strong: COLORS.ok,
  good: COLORS.teal,
  watch: COLORS.warn,
  at_risk: COLORS.bad,
  unrated: COLORS.grey,
};

/** The band floors as lines across the score chart ("Good 70"), from the domain's thresholds. */
export const BAND_LINES: ChartReference[] = VENDOR_BAND_FLOORS.filter(([, floor]) =>
  Number.isFinite(floor),
).map(([band, floor]) => ({ value: floor, label: `${BAND_LABEL[band]} ${floor}`, color: BAND_COLOR[band] }));

/** Vendors by score, best first (unrated last), for a bar chart; each bar carries its band for its colour. */
export function scoreBars(cards: readonly Scorecard[]): ChartRow[] {
  return [...cards]
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1))
    .map((card) => ({ key: card.vendor, label: card.vendor, score: card.score, band: card.band }));
}

/** A score bar's colour: its band's. */
export const bandColorOf = (row: ChartRow) => BAND_COLOR[(row.band as VendorBand | undefined) ?? 'unrated'];

export type ScoreLine = {
  key: string;
  label: string;
  weight: string;
  value: number | null;
  points: number | null;
};

/**
 * How one vendor's score is made, line by line: each component (weight, share of the weights that apply, value,
 * points), the weighted mean, the critical-breach penalty, the cap, and the score.
 */
export function scoreLines(card: Scorecard): ScoreLine[] {
  const parts = card.scoreParts.map((part) => ({
    key: part.component,
    label: COMPONENT_LABEL[part.component],
    weight:
      part.value === null
        ? `${part.weight} (does not apply)`
        : `${part.weight} (${part.sharePct.toFixed(1)} %)`,
    value: part.value,
    points: part.value === null ? null : part.points,
  }));
  const breaches = card.criticalSla.breached;
  return [
    ...parts,
    { key: 'weighted', label: 'Weighted mean', weight: '', value: null, points: card.weightedScore },
    {
      key: 'penalty',
      label: `Critical breaches: ${breaches} × −5 (at most −25)`,
      weight: '',
      value: null,
      points: -card.breachPenalty,
    },
    {
      key: 'cap',
      label: card.capped
        ? 'Capped at 69.9: a critical breach keeps a vendor out of Good and Strong'
        : breaches > 0
          ? 'Cap at 69.9 (a critical breach): not reached'
          : 'No critical breach: no cap',
      weight: '',
      value: null,
      points: null,
    },
    { key: 'score', label: 'Score', weight: '', value: null, points: card.score },
  ];
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
