/**
 * A vendor's scorecard score, made in three steps that the vendors page shows one by one:
 *
 * 1. **Components.** A weighted mean of component scores, each 0–100, over the components that apply to the vendor
 *    (a vendor without KPO deliverables has no on-time or quality score; the other weights then count in
 *    proportion). The weights, out of 100:
 *
 * | component   | weight | score 0–100                                                                      |
 * |-------------|-------:|----------------------------------------------------------------------------------|
 * | attainment  |     30 | SLA attainment % of every SLA (met ÷ measured SLA-periods)                       |
 * | critical    |     20 | attainment % of the critical SLAs alone (those that carry service credits)       |
 * | savings     |     15 | realized ÷ planned savings × 100, kept within 0–100 (BPO with a savings plan)    |
 * | credits     |     15 | 100 − 10 × credits as % of charges, at least 0 (credits of 10 % or more score 0) |
 * | onTime      |     10 | KPO deliverables delivered on time, %                                            |
 * | quality     |     10 | mean quality rating 1–5 mapped to 0–100: (rating − 1) ÷ 4 × 100                  |
 *
 * 2. **Critical breaches.** Contracts treat a critical SLA below its minimum level as a failure of the service, not
 *    a shortfall: each critical breach (a critical SLA-month `breached`) takes 5 points off, at most 25.
 * 3. **Cap.** A vendor with a critical breach in the range scores at most 69.9: it cannot be Good or Strong.
 *
 * The score is kept within 0–100. Bands: `strong` from 85, `good` from 70, `watch` from 55, `at_risk` below 55;
 * `unrated` with no component.
 */
export const VENDOR_SCORE_WEIGHTS = {
  attainment: 30,
  critical: 20,
  savings: 15,
  credits: 15,
  onTime: 10,
  quality: 10,
} as const satisfies Record<string, number>;

/** Points taken off per critical breach, and at most in all. */
export const CRITICAL_BREACH_PENALTY = 5;
export const CRITICAL_BREACH_PENALTY_MAX = 25;
/** The highest score of a vendor with a critical breach: just below the Good band. */
export const CRITICAL_BREACH_CAP = 69.9;

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
  /** Attainment of the critical SLAs alone; null with no measured critical SLA-month. */
  criticalAttainmentPct: number | null;
  /** Critical SLA-months breached (below the minimum level). */
  criticalBreaches: number;
  realizedSavingsCents: number | null;
  plannedSavingsCents: number | null;
  creditsPct: number | null;
  onTimePct: number | null;
  meanQuality: number | null;
};

/** One line of "how the score is made": a component, its weight, its share of the weights that apply, its points. */
export type VendorScorePart = {
  component: VendorScoreComponent;
  weight: number;
  /** The component's score 0–100; null when it does not apply. */
  value: number | null;
  /** Its share of the weights that apply, in % (0 when it does not apply). */
  sharePct: number;
  /** value × share: what it adds to the weighted mean. */
  points: number;
};

export type VendorScore = {
  /** The final score, unrounded; null when no component applies. */
  score: number | null;
  band: VendorBand;
  components: Record<VendorScoreComponent, number | null>;
  /** The weighted mean of the components, before the critical breaches. */
  weighted: number | null;
  parts: VendorScorePart[];
  criticalBreaches: number;
  /** Points taken off for the critical breaches (0 or more). */
  penalty: number;
  /** Whether the critical-breach cap lowered the score. */
  capped: boolean;
};

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/** Each component's 0–100 score, or null where it does not apply. */
export function vendorScoreComponents(input: VendorScoreInput): Record<VendorScoreComponent, number | null> {
  const planned = input.plannedSavingsCents;
  return {
    attainment: input.attainmentPct === null ? null : clamp(input.attainmentPct),
    critical: input.criticalAttainmentPct === null ? null : clamp(input.criticalAttainmentPct),
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

/** The points taken off for a number of critical breaches: 5 each, at most 25. */
export function criticalBreachPenalty(breaches: number): number {
  return Math.min(CRITICAL_BREACH_PENALTY_MAX, CRITICAL_BREACH_PENALTY * Math.max(0, breaches));
}

/** The score and band of a vendor: weighted components, less the critical breaches, capped (rules above). */
export function vendorScore(input: VendorScoreInput): VendorScore {
  const components = vendorScoreComponents(input);
  const entries = Object.entries(VENDOR_SCORE_WEIGHTS) as [VendorScoreComponent, number][];
  const applying = entries.reduce(
    (total, [component, weight]) => total + (components[component] === null ? 0 : weight),
    0,
  );
  const parts = entries.map(([component, weight]): VendorScorePart => {
    const value = components[component];
    const share = value === null || applying === 0 ? 0 : weight / applying;
    return { component, weight, value, sharePct: share * 100, points: value === null ? 0 : value * share };
  });
  const penalty = criticalBreachPenalty(input.criticalBreaches);
  if (applying === 0) {
    return {
      score: null,
      band: 'unrated',
      components,
      weighted: null,
      parts,
      criticalBreaches: input.criticalBreaches,
      penalty,
      capped: false,
    };
  }
  const weighted = parts.reduce((total, part) => total + part.points, 0);
  const lessPenalty = Math.max(0, weighted - penalty);
  const capped = input.criticalBreaches > 0 && lessPenalty > CRITICAL_BREACH_CAP;
  const score = capped ? CRITICAL_BREACH_CAP : lessPenalty;
  return {
    score,
    band: vendorBand(score),
    components,
    weighted,
    parts,
    criticalBreaches: input.criticalBreaches,
    penalty,
    capped,
  };
}
