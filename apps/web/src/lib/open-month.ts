import { monthLabel } from './format.ts';

/**
 * The month in progress (today's month) on charts, tiles and grids: its reports are not all in and its credits and
 * costs are partial, so wherever a range holds it, it is marked and said to be partial.
 */

/** The note beside a chart, tiles or a grid whose range holds the month in progress. */
export function openMonthNote(month: string, drawn: 'hatched' | 'outlined' | null = null): string {
  const how = drawn === null ? '' : ` (${drawn})`;
  return `${monthLabel(month)} is in progress${how}: its figures are partial.`;
}

/** A point's name, with "(in progress)" when it is the month in progress: "Dec 2026 (in progress)". */
export function withProgress(name: string, key: string, openMonth: string | null): string {
  return openMonth !== null && key === openMonth ? `${name} (in progress)` : name;
}

/** Where the month in progress stands among a chart's rows (their keys are months): -1 when it is not drawn. */
export function openIndex(rows: readonly { key: string }[], openMonth: string | null): number {
  return openMonth === null ? -1 : rows.findIndex((row) => row.key === openMonth);
}
