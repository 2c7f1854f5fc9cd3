import { describe, expect, it } from 'vitest';
import { dateSchema, periodRangeSchema, periodSchema } from './schemas.ts';

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
});
