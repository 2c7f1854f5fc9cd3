import {
  addRatios,
  type Decimal,
  type DecimalInput,
  decimalToRatio,
  decimalToString,
  divideRatios,
  multiplyRatios,
  parseDecimal,
  pow10,
  type Ratio,
  ratio,
} from '../decimal.ts';

/**
 * The sums a least-squares line is fitted from, as SQL's `count`, `sum(x)`, `sum(y)`, `sum(x * y)` and `sum(x * x)`
 * give them (exact decimals), so the measurements never leave the database.
 */
export type TrendSums = {
  n: number;
  sumX: DecimalInput;
  sumY: DecimalInput;
  sumXY: DecimalInput;
  sumXX: DecimalInput;
};

/** A fitted line y = intercept + slope × x, exact. */
export type TrendLine = { slope: Ratio; intercept: Ratio };

function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: a.units * pow10(scale - a.scale) + b.units * pow10(scale - b.scale), scale };
}

/** The sums of some points (x a whole number), exactly: what the SQL aggregates give for the same points. */
export function trendSums(points: readonly { x: number; y: DecimalInput }[]): TrendSums {
  let sumY: Decimal = { units: 0n, scale: 0 };
  let sumXY: Decimal = { units: 0n, scale: 0 };
  let sumX = 0;
  let sumXX = 0;
  for (const { x, y } of points) {
    const value = parseDecimal(y);
    sumY = addDecimals(sumY, value);
    sumXY = addDecimals(sumXY, { units: value.units * BigInt(x), scale: value.scale });
    sumX += x;
    sumXX += x * x;
  }
  return {
    n: points.length,
    sumX: String(sumX),
    sumY: decimalToString(sumY),
    sumXY: decimalToString(sumXY),
    sumXX: String(sumXX),
  };
}

const asRatio = (value: DecimalInput): Ratio => decimalToRatio(parseDecimal(value));

/**
 * The least-squares line through the points the sums describe: slope = (n·Σxy − Σx·Σy) ÷ (n·Σx² − (Σx)²),
 * intercept = (Σy − slope·Σx) ÷ n. Null with fewer than two distinct x.
 */
export function leastSquares(sums: TrendSums): TrendLine | null {
  const n: Ratio = { num: BigInt(sums.n), den: 1n };
  const sumX = asRatio(sums.sumX);
  const sumY = asRatio(sums.sumY);
  const spread = addRatios(multiplyRatios(n, asRatio(sums.sumXX)), negate(multiplyRatios(sumX, sumX)));
  if (sums.n < 2 || spread.num === 0n) return null;
  const covariance = addRatios(multiplyRatios(n, asRatio(sums.sumXY)), negate(multiplyRatios(sumX, sumY)));
  const slope = divideRatios(covariance, spread);
  const intercept = divideRatios(addRatios(sumY, negate(multiplyRatios(slope, sumX))), n);
  return { slope, intercept };
}

/** The line's value at `x`, exactly. */
export function trendValueAt(line: TrendLine, x: number): Ratio {
  return addRatios(line.intercept, multiplyRatios(line.slope, ratio(BigInt(x), 1n)));
}

function negate(value: Ratio): Ratio {
  return { num: -value.num, den: value.den };
}
