import type { ChartRow } from '../../lib/chart-rows.ts';
import { monthRow } from '../../lib/chart-rows.ts';

/** The SLA period statuses and the symbol each shows besides its colour. */
export const SLA_STATUS_SYMBOL = { met: '✓', missed: '!', breached: '✕', unreported: '?' } as const;
export type SlaCellStatus = keyof typeof SLA_STATUS_SYMBOL;

export const SLA_STATUS_LABEL: Record<SlaCellStatus, string> = {
  met: 'Met',
  missed: 'Missed',
  breached: 'Breached',
  unreported: 'Unreported',
};

export interface SlaTrendInput {
  expected: string;
  minimum: string | null;
  cells: readonly { period: string; status: SlaCellStatus | null; actual: string | null }[];
}

/**
 * An SLA's measurements as chart rows: the actual of each measured month (nothing where unreported or not
 * running), with its status, and the expected and minimum levels to draw as lines.
 */
export function slaTrendRows(sla: SlaTrendInput): {
  rows: ChartRow[];
  expected: number;
  minimum: number | null;
} {
  return {
    rows: sla.cells.map((cell) => ({
      ...monthRow(cell.period, { actual: cell.actual === null ? null : Number(cell.actual) }),
      status: cell.status,
    })),
    expected: Number(sla.expected),
    minimum: sla.minimum === null ? null : Number(sla.minimum),
  };
}
