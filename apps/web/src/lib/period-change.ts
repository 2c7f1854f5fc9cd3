import { parseMoney } from '@portfolio/domain';
import type { ValueKind } from './format.ts';

/** Which way a figure should move: up (savings, attainment), down (cost, breaches), or neither. */
export type Better = 'higher' | 'lower' | 'neither';

export interface PeriodChange {
  /** Current − previous, in the figure's unit (money as a number of currency units). */
  delta: number;
  /** The change relative to the previous figure, in percent; null when that was 0 or it is measured in points. */
  pct: number | null;
  /** Which way the figure moved. */
  direction: 'up' | 'down' | 'flat';
  /** Whether the change is good news, bad news or neither (a fall in cost is good news). */
  tone: 'good' | 'bad' | 'neutral';
}

const DIRECTION = { 1: 'up', [-1]: 'down', 0: 'flat' } as const;

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
  const direction = DIRECTION[Math.sign(now - before) as 1 | -1 | 0];
  const tone =
    better === 'neither' || direction === 'flat'
      ? 'neutral'
      : (direction === 'up') === (better === 'higher')
        ? 'good'
        : 'bad';
  return { delta, pct, direction, tone };
}
