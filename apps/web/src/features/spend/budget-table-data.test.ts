import { describe, expect, it } from 'vitest';
import { varianceMark, varianceTone } from './budget-table-data.ts';

describe('budget table shaping', () => {
  it('a positive variance is over budget (bad), a negative one under, zero on budget', () => {
    expect(['24000.00', '-6000.00', '0.00'].map(varianceTone)).toEqual(['over', 'under', 'on']);
    expect(['over', 'under', 'on'].map((t) => varianceMark(t as 'over'))).toEqual(['▲', '▼', '']);
  });
});
