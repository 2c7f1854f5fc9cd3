import { compareDecimals, type Decimal, type DecimalInput, parseDecimal } from './decimal.ts';
import type { SlaDirection } from './enums.ts';

/** The verdict on one measurement of an SLA. */
export const SLA_STATUSES = ['met', 'missed', 'breached'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

/** The verdict on an SLA for a month: a month without a measurement is `unreported`, never `met`. */
export const SLA_PERIOD_STATUSES = [...SLA_STATUSES, 'unreported'] as const;
export type SlaPeriodStatus = (typeof SLA_PERIOD_STATUSES)[number];

/** The levels an SLA is judged by; `minimum` (optional) is worse than `expected`. */
export type SlaLevels = { direction: SlaDirection; expected: DecimalInput; minimum: DecimalInput | null };

/**
 * `met` when the actual reaches the expected level (≥ for higher-is-better, ≤ for lower-is-better), `missed` when
 * it does not but reaches the minimum level (or none is set), `breached` when it fails the minimum level.
 */
export function slaStatus(sla: SlaLevels, actual: DecimalInput): SlaStatus {
  return slaJudge(sla)(actual);
}

/** slaStatus with the SLA's levels read once: for judging many measurements of one SLA (an import). */
export function slaJudge(sla: SlaLevels): (actual: DecimalInput) => SlaStatus {
  const expected = parseDecimal(sla.expected);
  const minimum = sla.minimum === null ? null : parseDecimal(sla.minimum);
  const higherIsBetter = sla.direction === 'higher_is_better';
  const reaches = (actual: Decimal, level: Decimal) => {
    const comparison = compareDecimals(actual, level);
    return higherIsBetter ? comparison >= 0 : comparison <= 0;
  };
  return (value) => {
    const actual = parseDecimal(value);
    if (reaches(actual, expected)) return 'met';
    if (minimum === null || reaches(actual, minimum)) return 'missed';
    return 'breached';
  };
}

/** The status of an SLA for a month: `unreported` when it has no measurement, else `slaStatus` of the actual. */
export function slaPeriodStatus(sla: SlaLevels, actual: DecimalInput | null | undefined): SlaPeriodStatus {
  return actual === null || actual === undefined ? 'unreported' : slaStatus(sla, actual);
}

/** Whether a status makes a critical SLA owe a service credit: `missed` or `breached`. */
export function isFailing(status: SlaPeriodStatus): boolean {
  return status === 'missed' || status === 'breached';
}
