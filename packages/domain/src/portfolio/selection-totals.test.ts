import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MissingFxRateError } from '../errors.ts';
import { BPO, DELIVERING, IDLE, KPO } from './figure-cells.test-helpers.ts';
import { type EngagementCells, engagementSums, type FigureCell, membersInsight } from './figure-cells.ts';
import type { InsightSums } from './group-sums.ts';
import { reportScope } from './report-scope.ts';
import { listedEngagements, type RosterEntry } from './roster.ts';
import { SelectionTotals } from './selection-totals.ts';

const MONTHS = ['2026-01', '2026-02', '2026-03'];
const SCOPE = reportScope('2026-01', '2026-03', '2026-04-15');
const GROUPING = { months: MONTHS, currency: 'USD' };
const RATELESS = [
  { currency: 'BRL', period: '2026-02' },
  { currency: 'INR', period: '2026-01' },
];

/** A roster entry: engagement `id` ran from `start` (a date) to `end`. */
const entry = (id: number, start: string, end: string | null = null): RosterEntry => ({
  id,
  code: `E-${String(id).padStart(3, '0')}`,
  type: 'BPO',
  vendor: 'Acme',
  serviceLine: 'hr_payroll',
  location: 'nearshore',
  businessUnit: null,
  startDate: start,
  endDate: end,
  hasBaseline: false,
});

/** The histogram's buckets in order of days: the order they were added in says nothing. */
const byDays = (insight: InsightSums) => ({
  ...insight,
  cycleDays: [...insight.cycleDays].sort((a, b) => a.days - b.days),
});

/** A part of an answer, or the error it is: where an amount has no rate, each part is that error. */
const attempt = <T>(part: () => T): T | { error: string } => {
  try {
    return part();
  } catch (error) {
    return { error: String(error) };
  }
};

/** What adding up every engagement again gives: the functions SelectionTotals stands in for. */
function fromScratch(entries: readonly RosterEntry[], cellsOf: ReadonlyMap<number, EngagementCells>) {
  const charged = new Set(entries.filter((e) => cellsOf.get(e.id)?.charged).map((e) => e.id));
  const ids = entries.map((e) => e.id);
  const members = ids.map((id) => ({ id, key: 'total' }));
  return {
    listed: listedEngagements(entries, SCOPE, charged),
    sums: attempt(() => engagementSums(ids, cellsOf, GROUPING)),
    insight: attempt(() => byDays(membersInsight(members, cellsOf, 'USD'))),
  };
}

function kept(totals: SelectionTotals, cellsOf: ReadonlyMap<number, EngagementCells>) {
  totals.update(cellsOf);
  return {
    listed: totals.listed(SCOPE),
    sums: attempt(() => new Map(totals.engagementSums(cellsOf))),
    insight: attempt(() => byDays(totals.insight(cellsOf))),
  };
}

// Engagements 1–4 ran before the range and ended in it or before: 4 ended in 2025, so it is listed only while charged.
const ENTRIES = [
  entry(1, '2025-01-01'),
  entry(2, '2025-01-01'),
  entry(3, '2025-01-01'),
  entry(4, '2024-01-01', '2025-06-30'),
];

describe('SelectionTotals', () => {
  it('gives what adding every engagement up gives, and moves with the cells read again', () => {
    const cellsOf = new Map<number, EngagementCells>([
      [1, BPO],
      [2, KPO],
      [3, DELIVERING],
    ]);
    const totals = new SelectionTotals(ENTRIES, GROUPING);
    const first = kept(totals, cellsOf);
    expect(first).toEqual(fromScratch(ENTRIES, cellsOf));
    // Worked example: 1–3 listed (they ran), 4 not; DELIVERING's 3 deliverables and 2 overdue.
    expect(first.listed.map((e) => e.id)).toEqual([1, 2, 3]);
    expect(first.insight).toMatchObject({ delivered: 3, overdue: 2 });
    expect(first.sums).toBeInstanceOf(Map);

    // Engagement 3 read again with no deliveries, 4 now charged, 2's cells gone.
    cellsOf.set(3, { ...KPO });
    cellsOf.set(4, { ...IDLE, charged: true, cells: BPO.cells });
    cellsOf.delete(2);
    const second = kept(totals, cellsOf);
    expect(second).toEqual(fromScratch(ENTRIES, cellsOf));
    expect(second.listed.map((e) => e.id)).toEqual([1, 2, 3, 4]);
    expect(second.insight).toMatchObject({ delivered: 0, overdue: 0, cycleDays: [] });
    expect(second.sums).not.toHaveProperty('error');
    expect((second.sums as Map<number, unknown>).has(2)).toBe(false);
  });

  it('lists again only when which engagements are charged changed, and shares the unchanged sums', () => {
    const cellsOf = new Map<number, EngagementCells>([[1, BPO]]);
    const totals = new SelectionTotals(ENTRIES, GROUPING);
    const before = kept(totals, cellsOf);
    cellsOf.set(2, { ...KPO, charged: false });
    const after = kept(totals, cellsOf);
    expect(after.listed).toBe(before.listed);
    expect(totals.engagementSums(cellsOf).get(1)).toBe(engagementSums([1], cellsOf, GROUPING).get(1));
    cellsOf.set(4, { ...KPO });
    expect(kept(totals, cellsOf).listed).not.toBe(before.listed);
  });

  it('is the same error as adding every engagement up where an amount has no rate', () => {
    const cellsOf = new Map<number, EngagementCells>([[1, BPO]]);
    const totals = new SelectionTotals(ENTRIES, GROUPING);
    totals.update(cellsOf);
    cellsOf.set(2, { ...KPO, missingRate: { currency: 'BRL', period: '2026-02' } });
    cellsOf.set(3, { ...DELIVERING, deliveryMissingRate: { currency: 'INR', period: '2026-01' } });
    totals.update(cellsOf);
    expect(() => totals.engagementSums(cellsOf)).toThrow(MissingFxRateError);
    expect(() => totals.engagementSums(cellsOf)).toThrow(/BRL/);
    expect(() => totals.insight(cellsOf)).toThrow(/INR/);
    // The rates come: the engagements read again, the totals are whole again.
    cellsOf.set(2, { ...KPO });
    cellsOf.set(3, { ...DELIVERING });
    expect(kept(totals, cellsOf)).toEqual(fromScratch(ENTRIES, cellsOf));
  });

  it('stays what adding every engagement up gives through any sequence of cells read again', () => {
    const figureCell = fc.record<FigureCell>({
      period: fc.constantFrom(...MONTHS),
      charges: fc.integer({ min: 0, max: 100_000 }),
      owed: fc.integer({ min: 0, max: 5_000 }),
      pending: fc.integer({ min: 0, max: 5_000 }),
      earnedBack: fc.integer({ min: 0, max: 5_000 }),
      baseline: fc.integer({ min: 0, max: 100_000 }),
      planned: fc.integer({ min: 0, max: 10_000 }),
      met: fc.nat(3),
      missed: fc.nat(3),
      breached: fc.nat(3),
      unreported: fc.nat(3),
    });
    const delivery = fc.record({
      period: fc.constantFrom(...MONTHS),
      delivered: fc.nat(5),
      onTime: fc.nat(5),
      qualitySum: fc.nat(25),
      qualityCount: fc.nat(5),
      rework: fc.nat(5),
      actioned: fc.nat(5),
      valueRealizedCents: fc.integer({ min: 0, max: 1_000_000 }),
      cycleDays: fc.array(fc.record({ days: fc.nat(40), count: fc.integer({ min: 1, max: 4 }) }), {
        maxLength: 3,
      }),
    });
    const rateless = fc.oneof(
      { weight: 12, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom(...RATELESS) },
    );
    const cells: fc.Arbitrary<EngagementCells> = fc.record({
      type: fc.constantFrom('BPO' as const, 'KPO' as const),
      hasBaseline: fc.boolean(),
      hasPlanned: fc.boolean(),
      charged: fc.boolean(),
      // Now and then an amount, or a value realized, without an FX rate: then both give the error naming it.
      missingRate: rateless,
      cells: fc.uniqueArray(figureCell, { selector: (cell) => cell.period, maxLength: 3 }),
      deliveries: fc.uniqueArray(delivery, { selector: (cell) => cell.period, maxLength: 3 }),
      overdue: fc.nat(3),
      deliveryMissingRate: rateless,
    });
    const entries = Array.from({ length: 8 }, (_, index) =>
      entry(index + 1, index % 3 === 0 ? '2024-01-01' : '2025-06-01', index % 3 === 0 ? '2025-03-31' : null),
    );
    // Each step reads some engagements' cells again (new objects) or finds them gone.
    const step = fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.option(cells, { nil: undefined })), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const cellsOf = new Map<number, EngagementCells>();
        const totals = new SelectionTotals(entries, GROUPING);
        for (const changes of steps) {
          for (const [id, read] of changes) {
            if (read) cellsOf.set(id, read);
            else cellsOf.delete(id);
          }
          expect(kept(totals, cellsOf)).toEqual(fromScratch(entries, cellsOf));
        }
      }),
    );
  });
});
