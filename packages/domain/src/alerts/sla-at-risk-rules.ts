/** The two tests of an SLA at risk this month (README, early warnings): the month to date's need, or a trend. */
import {
  addRatios,
  type DecimalInput,
  decimalToRatio,
  divideRatios,
  multiplyRatios,
  parseDecimal,
  type Ratio,
  ratio,
} from '../decimal.ts';
import type { SlaDirection, SlaKind, SlaUnit } from '../enums.ts';
import type { Period } from '../periods.ts';
import { leastSquares, type TrendLine, type TrendSums, trendValueAt } from './linear-trend.ts';

/** An SLA with its levels, as the at-risk and chronic-miss rules see it. */
export type SlaRef = {
  engagement: string;
  engagementName: string;
  vendor: string;
  sla: string;
  slaName: string;
  unit: SlaUnit;
  direction: SlaDirection;
  expected: DecimalInput;
  minimum: DecimalInput | null;
  kind: SlaKind;
};

/**
 * A month-to-date entry: the current (not yet closed) month's measurement of an SLA reported with its counts
 * (calls answered within 20 s of calls offered so far), and what the last three closed months say.
 */
export type MonthToDateFact = SlaRef & {
  period: Period;
  numerator: DecimalInput;
  denominator: DecimalInput;
  /** How many of the last three closed months carried a denominator, and their sum. */
  recentVolumeMonths: number;
  recentVolume: DecimalInput | null;
  /** The best actual of the last three closed months (highest; lowest when lower is better), null if none. */
  recentBest: DecimalInput | null;
};

/** An SLA's monthly values of the last six closed months, as least-squares sums over x = months from now (−1…−6). */
export type TrendFact = SlaRef & { sums: TrendSums };

/** The last closed months a month-to-date entry's volume and best run rate come from. */
export const MONTH_TO_DATE_RECENT_MONTHS = 3;
/** The closed months a trend is fitted over, and the fewest measured ones it needs. */
export const TREND_MONTHS = 6;
export const TREND_MIN_POINTS = 3;

const asRatio = (value: DecimalInput): Ratio => decimalToRatio(parseDecimal(value));
const int = (value: number): Ratio => ratio(BigInt(value), 1n);
const minus = (a: Ratio, b: Ratio): Ratio => addRatios(a, { num: -b.num, den: b.den });
/** +1 when higher is better, −1 when lower is: `sign × (a − b) > 0` reads "a is better than b". */
const signOf = (direction: SlaDirection): Ratio => int(direction === 'higher_is_better' ? 1 : -1);
/** How far `a` is better than `b` (negative: worse), in the SLA's unit. */
const betterBy = (direction: SlaDirection, a: Ratio, b: Ratio) =>
  multiplyRatios(signOf(direction), minus(a, b));
const isPositive = (value: Ratio) => value.num > 0n;

export type MonthToDateRisk = {
  /** numerator ÷ denominator (× 100 for a %). */
  rateSoFar: Ratio;
  /** The mean denominator of the recent closed months: the volume the month is expected to reach. */
  expectedVolume: Ratio;
  /** Expected volume − denominator so far; ≤ 0 when the month's volume is already in. */
  remainingVolume: Ratio;
  /** The rate the remaining volume needs for the month to end at the expected level; null with no volume left. */
  neededRate: Ratio | null;
  bestRecent: Ratio;
  /** Whether the needed rate is beyond the best recent month (or the month already misses with no volume left). */
  outOfReach: boolean;
  /** Whether no rate at all could make it: above 100 % (below 0 when lower is better), or no volume left. */
  impossible: boolean;
  /** How far the needed rate lies beyond reach (the rate so far below the level with no volume left), > 0 if at risk. */
  gap: Ratio;
};

/**
 * Whether a month-to-date entry can still end the month at the expected level at the recent run rate.
 * - expected volume V = the mean denominator of the last three closed months that have one;
 * - remaining volume R = V − denominator so far;
 * - needed rate = (expected × V − numerator so far) ÷ R (with the expected level as a fraction for a %);
 * - reach = the best actual of the last three closed months, within 0–100 % for a %;
 * - out of reach when the needed rate is better than the reach; with R ≤ 0 the month ends at about the rate so far,
 *   out of reach when that fails the expected level.
 * Null when there is nothing recent to judge by (no recent volume or actual).
 */
export function monthToDateRisk(fact: MonthToDateFact): MonthToDateRisk | null {
  if (fact.recentVolumeMonths <= 0 || fact.recentVolume === null || fact.recentBest === null) return null;
  const scale = int(fact.unit === '%' ? 100 : 1);
  const numerator = asRatio(fact.numerator);
  const denominator = asRatio(fact.denominator);
  if (!isPositive(denominator)) return null;
  const expected = asRatio(fact.expected);
  const rateSoFar = multiplyRatios(divideRatios(numerator, denominator), scale);
  const expectedVolume = divideRatios(asRatio(fact.recentVolume), int(fact.recentVolumeMonths));
  const remainingVolume = minus(expectedVolume, denominator);
  const bestRecent = asRatio(fact.recentBest);
  const higher = fact.direction === 'higher_is_better';

  if (!isPositive(remainingVolume)) {
    const gap = betterBy(fact.direction, expected, rateSoFar);
    const outOfReach = isPositive(gap);
    return {
      rateSoFar,
      expectedVolume,
      remainingVolume,
      neededRate: null,
      bestRecent,
      outOfReach,
      impossible: outOfReach,
      gap,
    };
  }
  const target = minus(divideRatios(multiplyRatios(expected, expectedVolume), scale), numerator);
  const neededRate = multiplyRatios(divideRatios(target, remainingVolume), scale);
  // A rate of counts can never go below 0, and a % never above 100: the reach is clamped to what is possible.
  const bound = higher ? (fact.unit === '%' ? int(100) : null) : int(0);
  const reach =
    bound === null || isPositive(betterBy(fact.direction, bound, bestRecent)) ? bestRecent : bound;
  const gap = betterBy(fact.direction, neededRate, reach);
  const impossible = bound !== null && isPositive(betterBy(fact.direction, neededRate, bound));
  return {
    rateSoFar,
    expectedVolume,
    remainingVolume,
    neededRate,
    bestRecent,
    outOfReach: isPositive(gap),
    impossible,
    gap,
  };
}

export type TrendRisk = {
  line: TrendLine;
  points: number;
  /** The line at the last closed month (x = −1), the current month (x = 0) and the next (x = 1). */
  fittedLastMonth: Ratio;
  projectedThisMonth: Ratio;
  projectedNextMonth: Ratio;
  /** The line heads toward failure: down when higher is better, up when lower is better. */
  worsening: boolean;
  /** The line still meets the expected level at the last closed month and crosses it this month or the next. */
  atRisk: boolean;
  /** The projection for next month fails the minimum level as well. */
  failsMinimum: boolean;
  /** How far next month's projection falls short of the expected level (> 0 when it fails). */
  shortfall: Ratio;
};

/**
 * The trend of an SLA's monthly values: a least-squares line over the measured months among the last six closed
 * ones (x = −6 … −1, at least three points), projected to this month (x = 0) and the next (x = 1). At risk when the
 * line crosses the expected level: it still meets it at the last closed month (x = −1) and heads toward failure so
 * that this month's or next month's projection fails it (with a worsening line, next month's is the worse one).
 * An SLA whose line already fails is missing, not at risk: the chronic-miss rule and the SLA pages show it.
 * Null with fewer than three points.
 */
export function trendRisk(fact: TrendFact): TrendRisk | null {
  if (fact.sums.n < TREND_MIN_POINTS) return null;
  const line = leastSquares(fact.sums);
  if (!line) return null;
  const expected = asRatio(fact.expected);
  const fittedLastMonth = trendValueAt(line, -1);
  const projectedThisMonth = trendValueAt(line, 0);
  const projectedNextMonth = trendValueAt(line, 1);
  const worsening = isPositive(betterBy(fact.direction, int(0), line.slope));
  const shortfall = betterBy(fact.direction, expected, projectedNextMonth);
  const failsMinimum =
    fact.minimum !== null && isPositive(betterBy(fact.direction, asRatio(fact.minimum), projectedNextMonth));
  const metLastMonth = !isPositive(betterBy(fact.direction, expected, fittedLastMonth));
  return {
    line,
    points: fact.sums.n,
    fittedLastMonth,
    projectedThisMonth,
    projectedNextMonth,
    worsening,
    atRisk: worsening && metLastMonth && isPositive(shortfall),
    failsMinimum,
    shortfall,
  };
}
