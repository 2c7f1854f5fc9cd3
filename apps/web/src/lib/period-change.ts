import { parseMoney } from '@portfolio/domain';
import type { ValueKind } from './format.ts';

/** Which way a figure should move: up (savings, attainment), down (cost, breaches), or neither. */
export type Better = 'higher' | 'lower' | 'neither';

export interface PeriodChange {
  /** Current − previous, in the figure's unit (money as a number of currency units). */
  delta: number;
  /** The change relative to the previous figure, in percent; null when that was 0 or it is measured in points. */
  pct: number | null;
  /** Whether the change is good news, bad news or neither. */
  tone: 'good' | 'bad' | 'neutral';
}

/**
 * How a figure changed against the comparison period. Money is compared exactly in cents; percentages change by
 * percentage points (no relative change); null when either figure is missing.
 */
export function periodChange(
  kind: ValueKind,
  current: string | number | null,
  previous: string | number | null,
  better: Better,
): PeriodChange | null {
  if (current === null || previous === null) return null;
  const [now, before] =
    kind === 'money' ? [parseMoney(current), parseMoney(previous)] : [Number(current), Number(previous)];
  const delta = kind === 'money' ? (now - before) / 100 : now - before;
  const pct = kind === 'pct' || before === 0 ? null : ((now - before) * 100) / Math.abs(before);
  const direction = Math.sign(now - before);
  const tone =
    better === 'neither' || direction === 0
      ? 'neutral'
      : direction > 0 === (better === 'higher')
        ? 'good'
        : 'bad';
  return { delta, pct, tone };
}
