import { describe, expect, it } from 'vitest';
import type { ChartRow } from './chart-rows.ts';
import { thinRows } from './thin-rows.ts';

const rows = (n: number): ChartRow[] =>
  Array.from({ length: n }, (_, i) => ({
    key: String(i),
    label: String(i),
    value: i === 5000 ? 1e6 : i % 7,
  }));

describe('thinning chart rows for drawing', () => {
  it('leaves a chart of up to the limit as it is', () => {
    const few = rows(1000);
    expect(thinRows(few, 'value')).toBe(few);
  });

  it('draws at most the limit, keeps the ends and the peaks, and never changes a row', () => {
    const many = rows(20_000);
    const drawn = thinRows(many, 'value');
    expect(drawn).toHaveLength(1000);
    expect(drawn[0]).toBe(many[0]);
    expect(drawn.at(-1)).toBe(many.at(-1));
    expect(drawn).toContain(many[5000]);
    for (const row of drawn) expect(many).toContain(row);
  });
});
