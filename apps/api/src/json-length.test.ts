import { describe, expect, it } from 'vitest';
import { jsonLength } from './json-length.ts';

describe('jsonLength', () => {
  it('counts strings, keys and punctuation exactly and a number as 8 characters', () => {
    // {"code":"ENG-001","sla":{"met":40}} is 35 characters; the met count 40 is weighed as 8 instead of 2.
    expect(jsonLength({ code: 'ENG-001', sla: { met: 40 } })).toBe(35 - 2 + 8 + 2);
    expect(jsonLength(['a', null, true])).toBe(JSON.stringify(['a', null, true]).length + 2);
    expect(jsonLength('')).toBe(2);
  });

  it('stays within a fifth of the JSON of a report-like answer', () => {
    const rows = Array.from({ length: 1_000 }, (_, index) => ({
      code: `ENG-${index}`,
      vendor: 'Vendor',
      charges: '123456.78',
      creditsOwed: '0.00',
      savingsPct: 17.7,
      sla: { met: 40, missed: 3, attainmentPct: 90.91 },
    }));
    const exact = JSON.stringify({ engagements: rows }).length;
    expect(Math.abs(jsonLength({ engagements: rows }) - exact) / exact).toBeLessThan(0.2);
  });

  it('weighs a long array by a spread sample of its items, scaled to its length', () => {
    // 1,000 rows: the first half's codes are 5 characters longer than the second's. A sample from the start alone
    // would weigh them all as long; spread over the array it weighs both halves.
    const row = (code: string) => ({ code, charges: '1.00' });
    const rows = Array.from({ length: 1_000 }, (_, index) => row(index < 500 ? 'ENG-LONGER' : 'ENG-1'));
    const walked = rows.reduce((total, item) => total + jsonLength(item) + 1, 2);
    expect(Math.abs(jsonLength(rows) - walked) / walked).toBeLessThan(0.01);
    // Short arrays are still walked item by item, exactly.
    expect(jsonLength(rows.slice(0, 3))).toBe(2 + 3 * (jsonLength(rows[0]) + 1));
  });
});
