import { isPeriod } from '@portfolio/domain';
import type { ValueKind } from './format.ts';
import { monthLabel, shortMonthLabel } from './format.ts';

/** One point (a month or a category) of a chart: `key` identifies it (for drill-down), `label` is shown. */
export interface ChartRow {
  key: string;
  label: string;
  [value: string]: string | number | null;
}

/** A series of a chart: which value of the rows, how it is drawn and how its values read. */
export interface ChartSeries {
  key: string;
  label: string;
  kind: ValueKind;
  color: string;
  type: 'bar' | 'line' | 'area';
  stackId?: string;
  /** The right-hand axis, for a second kind of value (a percentage beside money). */
  axis?: 'left' | 'right';
  dashed?: boolean;
  /** A line's opacity, for one drawn over another that must stay visible (a forecast over a budget). */
  opacity?: number;
  /** The range of its axis, where the scale is fixed (a 1–5 rating). */
  domain?: [number, number];
  /** A bar's own colour from its row (a vendor's band), instead of the series colour. */
  colorOf?: (row: ChartRow) => string;
}

/** A chart row per month: the month is the key, its short name the label. */
export function monthRow(period: string, values: Record<string, number | null>): ChartRow {
  return { key: period, label: shortMonthLabel(period), ...values };
}

/** Whether any series has a value other than nothing in any row: a chart with none is empty, not drawn. */
export function hasValues(rows: readonly ChartRow[], series: readonly ChartSeries[]): boolean {
  return rows.some((row) => series.some((s) => typeof row[s.key] === 'number' && row[s.key] !== 0));
}

/** The CSV columns of a chart's data: the month or category, then each series. */
export function chartCsv(series: readonly ChartSeries[], first = 'Month') {
  return [
    { header: first, value: (row: ChartRow) => row.key },
    ...series.map((s) => ({ header: s.label, value: (row: ChartRow) => row[s.key] ?? null, kind: s.kind })),
  ];
}

/** A point as it is read out and listed: a month in full ("Mar 2026"), a category by its label. */
export function pointLabel(row: ChartRow): string {
  return isPeriod(row.key) ? monthLabel(row.key) : row.label;
}

/** The name of a chart's points from its first column's header: "Month" → "months", "Category" → "categories". */
export function pointsNoun(first: string): string {
  const noun = first.toLowerCase();
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}
