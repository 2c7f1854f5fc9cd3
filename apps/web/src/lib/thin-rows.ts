import type { ChartRow } from './chart-rows.ts';

/** Past this many points a chart gets slow to draw and no eye tells the points apart. */
export const MAX_DRAWN_POINTS = 1000;

const numberAt = (row: ChartRow, key: string): number => {
  const value = row[key];
  return typeof value === 'number' ? value : 0;
};

/**
 * The rows to draw when there are too many: Largest-Triangle-Three-Buckets on the series `key` keeps the first and
 * last row and, from each bucket between, the row that best keeps the line's shape. The rows themselves are never
 * changed (tables, CSV and tooltips still read the figures as they are); only fewer of them are drawn.
 */
export function thinRows(
  rows: readonly ChartRow[],
  key: string,
  limit = MAX_DRAWN_POINTS,
): readonly ChartRow[] {
  if (rows.length <= limit || limit < 3) return rows;
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return rows;
  const kept: ChartRow[] = [first];
  const size = (rows.length - 2) / (limit - 2);
  let previous = 0;
  for (let bucket = 0; bucket < limit - 2; bucket += 1) {
    const start = Math.floor(bucket * size) + 1;
    const end = Math.floor((bucket + 1) * size) + 1;
    // The next bucket's average point: where the line goes on to.
    const nextStart = end;
    const nextEnd = Math.min(rows.length, Math.floor((bucket + 2) * size) + 1);
    let averageX = 0;
    let averageY = 0;
    for (let i = nextStart; i < nextEnd; i += 1) {
      averageX += i;
      averageY += numberAt(rows[i] as ChartRow, key);
    }
    const count = Math.max(1, nextEnd - nextStart);
    averageX /= count;
    averageY /= count;
    const previousY = numberAt(rows[previous] as ChartRow, key);
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i += 1) {
      const y = numberAt(rows[i] as ChartRow, key);
      const area = Math.abs(
        (previous - averageX) * (y - previousY) - (previous - i) * (averageY - previousY),
      );
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    kept.push(rows[best] as ChartRow);
    previous = best;
  }
  kept.push(last);
  return kept;
}
