import { describe, expect, it } from 'vitest';
import { reportScope } from './report-scope.ts';
import { compareByteOrder, groupMembers, listedEngagements, type RosterEntry, selects } from './roster.ts';

const entry = (id: number, code: string, more: Partial<RosterEntry> = {}): RosterEntry => ({
  id,
  code,
  type: 'BPO',
  vendor: 'Acme',
  serviceLine: 'customer_support',
  location: 'offshore',
  businessUnit: null,
  startDate: '2025-01-01',
  endDate: null,
  hasBaseline: true,
  ...more,
});

describe('selects', () => {
  const unitless = entry(1, 'ENG-1');
  const retail = entry(2, 'ENG-2', {
    type: 'KPO',
    vendor: 'Brio',
    businessUnit: 'Retail',
    location: 'nearshore',
  });

  it('selects every engagement with an empty filter or empty lists', () => {
    expect(selects({}, unitless)).toBe(true);
    expect(selects({ vendors: [], types: [], businessUnits: [] }, retail)).toBe(true);
  });

  it('needs each list given to hold the value, and all of them at once', () => {
    expect(selects({ vendors: ['Brio'] }, retail)).toBe(true);
    expect(selects({ vendors: ['Brio'] }, unitless)).toBe(false);
    expect(selects({ vendors: ['Brio'], types: ['BPO'] }, retail)).toBe(false);
    expect(selects({ engagements: ['ENG-1', 'ENG-2'], locations: ['nearshore'] }, retail)).toBe(true);
    expect(selects({ engagements: ['ENG-1', 'ENG-2'], locations: ['nearshore'] }, unitless)).toBe(false);
  });

  it('never selects an engagement without a business unit by a list of units, as SQL `in` over null', () => {
    expect(selects({ businessUnits: ['Retail'] }, retail)).toBe(true);
    expect(selects({ businessUnits: ['Retail', '(none)'] }, unitless)).toBe(false);
  });

  it('compares exactly: case and spacing count', () => {
    expect(selects({ vendors: ['brio'] }, retail)).toBe(false);
    expect(selects({ vendors: ['Brio '] }, retail)).toBe(false);
  });
});

describe('groupMembers', () => {
  it('keys each engagement as the breakdown groups it, "(none)" for a missing business unit', () => {
    const entries = [entry(1, 'ENG-1'), entry(2, 'ENG-2', { businessUnit: 'Retail', vendor: 'Brio' })];
    expect(groupMembers(entries, 'businessUnit')).toEqual([
      { id: 1, key: '(none)' },
      { id: 2, key: 'Retail' },
    ]);
    expect(groupMembers(entries, 'vendor')).toEqual([
      { id: 1, key: 'Acme' },
      { id: 2, key: 'Brio' },
    ]);
    expect(groupMembers(entries, 'total')).toEqual([
      { id: 1, key: 'total' },
      { id: 2, key: 'total' },
    ]);
  });
});

describe('listedEngagements', () => {
  // Range Jan–Mar 2026 seen from Feb 10, 2026: the counted months are Jan and Feb.
  const scope = reportScope('2026-01', '2026-03', '2026-02-10');
  const entries = [
    entry(1, 'b-ran-in-range'),
    entry(2, 'a-ended-before', { endDate: '2025-12-31' }),
    entry(3, 'c-ends-on-first-day', { endDate: '2026-01-01', type: 'KPO', hasBaseline: false }),
    entry(4, 'd-starts-in-last-month', { startDate: '2026-03-31' }),
    entry(5, 'e-starts-after', { startDate: '2026-04-01' }),
    entry(6, 'f-ended-but-charged', { endDate: '2025-06-30' }),
  ];

  it('lists those that ran in a month of the range (its uncounted months too) or were charged in it, by code', () => {
    expect(listedEngagements(entries, scope, new Set([6])).map((listed) => listed.code)).toEqual([
      'b-ran-in-range',
      'c-ends-on-first-day',
      'd-starts-in-last-month',
      'f-ended-but-charged',
    ]);
  });

  it('gives what the report needs of each, and nothing when nothing ran', () => {
    expect(listedEngagements(entries, scope, new Set()).find((listed) => listed.id === 3)).toEqual({
      id: 3,
      code: 'c-ends-on-first-day',
      type: 'KPO',
      vendor: 'Acme',
      hasBaseline: false,
    });
    expect(listedEngagements([entries[1] as RosterEntry], scope, new Set())).toEqual([]);
  });
});

describe('compareByteOrder', () => {
  const sorted = (codes: string[]) => [...codes].sort(compareByteOrder);

  it('orders as UTF-8 bytes do: upper case before lower, shorter first, then by code point', () => {
    expect(sorted(['b', 'B', 'a', 'ab', 'A-2', 'A-10', 'é', 'z'])).toEqual([
      'A-10',
      'A-2',
      'B',
      'a',
      'ab',
      'b',
      'z',
      'é',
    ]);
  });

  it('puts a code point above U+FFFF after U+E000–U+FFFF, where UTF-16 order puts it before', () => {
    const emoji = 'x\u{1F600}';
    const privateUse = 'x\uE000';
    const replacement = 'x\uFFFD';
    expect([emoji, privateUse, replacement].sort()).toEqual([emoji, privateUse, replacement]);
    expect(sorted([emoji, privateUse, replacement])).toEqual([privateUse, replacement, emoji]);
    expect(Buffer.compare(Buffer.from(replacement), Buffer.from(emoji))).toBe(-1);
    expect(compareByteOrder('x\u{1F600}', 'x\u{1F601}')).toBeLessThan(0);
    expect(compareByteOrder('same', 'same')).toBe(0);
  });
});
