import type { SlaPeriodStatus } from './sla-status.ts';

/** How many SLA-periods had each status. */
export type SlaCounts = Record<SlaPeriodStatus, number>;

/** Counts with nothing counted. */
export function emptyCounts(): SlaCounts {
  return { met: 0, missed: 0, breached: 0, unreported: 0 };
}

/** The sum of two sets of counts. */
export function addCounts(a: SlaCounts, b: SlaCounts): SlaCounts {
  return {
    met: a.met + b.met,
    missed: a.missed + b.missed,
    breached: a.breached + b.breached,
    unreported: a.unreported + b.unreported,
  };
}

/** The counts of a list of SLA-period statuses. */
export function countStatuses(statuses: Iterable<SlaPeriodStatus>): SlaCounts {
  const counts = emptyCounts();
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * Attainment = met ÷ (met + missed + breached) × 100, unrounded; unreported periods are not counted, and with no
 * measured period it is null.
 */
export function attainmentPct(counts: SlaCounts): number | null {
  const measured = counts.met + counts.missed + counts.breached;
  // Multiply first: 7 × 100 / 10 is 70, while 7 / 10 × 100 is 70.00000000000001.
  return measured === 0 ? null : (counts.met * 100) / measured;
}
