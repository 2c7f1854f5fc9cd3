import { describe, expect, it } from 'vitest';
import { reportInputSchema } from './report-input.ts';
import { dateSchema, MAX_RANGE_MONTHS, periodRangeSchema, periodSchema, textSchema } from './schemas.ts';

describe('schemas', () => {
  it('accept periods and real dates only', () => {
    expect(periodSchema.safeParse('2025-03').success).toBe(true);
    expect(periodSchema.safeParse('2025-13').success).toBe(false);
    expect(dateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(dateSchema.safeParse('2025-02-29').success).toBe(false);
  });

  it('accept a range whose from is not after its to', () => {
    expect(periodRangeSchema.safeParse({ from: '2025-01', to: '2025-06' }).success).toBe(true);
    expect(periodRangeSchema.safeParse({ from: '2025-06', to: '2025-06' }).success).toBe(true);
    const reversed = periodRangeSchema.safeParse({ from: '2025-07', to: '2025-06' });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]?.path).toEqual(['to']);
  });

  it('accept ranges of up to ten years, and say the limit for a longer one', () => {
    expect(MAX_RANGE_MONTHS).toBe(120);
    expect(periodRangeSchema.safeParse({ from: '2017-01', to: '2026-12' }).success).toBe(true);
    for (const schema of [periodRangeSchema, reportInputSchema]) {
      const long = schema.safeParse({ from: '0001-01', to: '2026-12' });
      expect(long.error?.issues).toEqual([
        expect.objectContaining({
          path: ['from'],
          message: 'A range may cover at most 120 months; 0001-01 to 2026-12 covers 24312',
        }),
      ]);
      expect(schema.safeParse({ from: '2016-12', to: '2026-12' }).success).toBe(false);
    }
  });

  it('accept any text but the NUL character, which PostgreSQL cannot store', () => {
    expect(textSchema.safeParse('Société Générale — 株式会社').success).toBe(true);
    expect(textSchema.min(1).safeParse('').success).toBe(false);
    const nul = textSchema.safeParse('ENG\u0000001');
    expect(nul.error?.issues[0]?.message).toBe('contains a NUL character, which text cannot hold');
  });
});
