/**
 * A vendor's scorecard score: a weighted mean of component scores, each 0–100, over the components that apply
 * to the vendor (a vendor without KPO deliverables has no on-time or quality score; the other weights then count
 * in proportion). The weights, out of 100:
 *
 * | component   | weight | score 0–100                                                                      |
 * |-------------|-------:|----------------------------------------------------------------------------------|
 * | attainment  |     40 | SLA attainment % (met ÷ measured SLA-periods)                                    |
 * | savings     |     20 | realized ÷ planned savings × 100, kept within 0–100 (BPO with a savings plan)    |
 * | credits     |     15 | 100 − 10 × credits as % of charges, at least 0 (credits of 10 % or more score 0) |
 * | onTime      |     15 | KPO deliverables delivered on time, %                                            |
 * | quality     |     10 | mean quality rating 1–5 mapped to 0–100: (rating − 1) ÷ 4 × 100                  |
 *
 * Bands: `strong` from 85, `good` from 70, `watch` from 55, `at_risk` below 55; `unrated` with no component.
 */
export const VENDOR_SCORE_WEIGHTS = {
  attainment: 40,
  savings: 20,
  credits: 15,
  onTime: 15,
  quality: 10,
} as const satisfies Record<string, number>;

export type VendorScoreComponent = keyof typeof VENDOR_SCORE_WEIGHTS;

export const VENDOR_BANDS = ['strong', 'good', 'watch', 'at_risk', 'unrated'] as const;
export type VendorBand = (typeof VENDOR_BANDS)[number];

/** The lowest score of each band, best first. */
export const VENDOR_BAND_FLOORS = [
  ['strong', 85],
  ['good', 70],
  ['watch', 55],
  ['at_risk', Number.NEGATIVE_INFINITY],
] as const satisfies readonly (readonly [VendorBand, number])[];

/** The figures a vendor is scored on; null where a figure does not apply or has nothing to count. */
export type VendorScoreInput = {
  attainmentPct: number | null;
  realizedSavingsCents: number | null;
  plannedSavingsCents: number | null;
  creditsPct: number | null;
  onTimePct: number | null;
  meanQuality: number | null;
};

export type VendorScore = {
  /** Weighted mean of the components that apply, unrounded; null when none applies. */
  score: number | null;
  band: VendorBand;
  components: Record<VendorScoreComponent, number | null>;
};

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/** Each component's 0–100 score, or null where it does not apply. */
export function vendorScoreComponents(input: VendorScoreInput): Record<VendorScoreComponent, number | null> {
  const planned = input.plannedSavingsCents;
  return {
    attainment: input.attainmentPct === null ? null : clamp(input.attainmentPct),
    savings:
      planned === null || planned <= 0 || input.realizedSavingsCents === null
        ? null
        : clamp((input.realizedSavingsCents * 100) / planned),
    credits: input.creditsPct === null ? null : clamp(100 - 10 * input.creditsPct),
    onTime: input.onTimePct === null ? null : clamp(input.onTimePct),
    quality: input.meanQuality === null ? null : clamp(((input.meanQuality - 1) * 100) / 4),
  };
}

/** The band a score falls in. */
export function vendorBand(score: number | null): VendorBand {
  if (score === null) return 'unrated';
  return VENDOR_BAND_FLOORS.find(([, floor]) => score >= floor)?.[0] ?? 'at_risk';
}

/** The weighted score and band of a vendor (weights and bands above). */
export function vendorScore(input: VendorScoreInput): VendorScore {
  const components = vendorScoreComponents(input);
  let weighted = 0;
  let weights = 0;
  for (const [component, weight] of Object.entries(VENDOR_SCORE_WEIGHTS) as [
    VendorScoreComponent,
    number,
  ][]) {
    const value = components[component];
    if (value === null) continue;
    weighted += value * weight;
    weights += weight;
  }
  const score = weights === 0 ? null : weighted / weights;
  return { score, band: vendorBand(score), components };
}
