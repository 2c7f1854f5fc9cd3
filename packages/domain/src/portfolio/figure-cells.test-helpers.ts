import type { EngagementCells, FigureCell } from './figure-cells.ts';

// The worked example shared by figure-cells.test.ts and figure-cells-top.test.ts.

const cell = (period: string, figures: Partial<FigureCell>): FigureCell => ({
  period,
  charges: 0,
  owed: 0,
  pending: 0,
  earnedBack: 0,
  baseline: 0,
  planned: 0,
  met: 0,
  missed: 0,
  breached: 0,
  unreported: 0,
  ...figures,
});

// Worked example, in cents of the reporting currency:
// - 1 BPO with a baseline ($1,000.00 a month) and planned savings ($100.00), ran Jan and Feb: charges $800.00 and
//   $850.00, a $40.00 credit owed in Jan and a $10.00 credit pending in Feb, 2 SLAs met + 1 missed in Jan, 1 met
//   and 2 unreported in Feb;
// - 2 KPO, no baseline, no planned savings, ran Feb only: charges $300.00 in Feb, a $5.00 credit earned back in
//   Feb (not in net cost), 1 breached;
// - 3 BPO without a baseline, in another group, nothing in range (no cells at all).
export const BPO: EngagementCells = {
  type: 'BPO',
  hasBaseline: true,
  hasPlanned: true,
  charged: true,
  missingRate: null,
  deliveries: [],
  overdue: 0,
  deliveryMissingRate: null,
  cells: [
    cell('2026-01', { charges: 80_000, owed: 4_000, baseline: 100_000, planned: 10_000, met: 2, missed: 1 }),
    cell('2026-02', {
      charges: 85_000,
      pending: 1_000,
      baseline: 100_000,
      planned: 10_000,
      met: 1,
      unreported: 2,
    }),
  ],
};
export const KPO: EngagementCells = {
  type: 'KPO',
  hasBaseline: false,
  hasPlanned: false,
  charged: true,
  missingRate: null,
  deliveries: [],
  overdue: 0,
  deliveryMissingRate: null,
  cells: [cell('2026-02', { charges: 30_000, earnedBack: 500, breached: 1 })],
};
export const IDLE: EngagementCells = {
  type: 'BPO',
  hasBaseline: false,
  hasPlanned: false,
  charged: false,
  missingRate: null,
  deliveries: [],
  overdue: 0,
  deliveryMissingRate: null,
  cells: [],
};
// A KPO engagement's deliveries: 2 delivered in January (1 on time, 10 days each), 1 in February (4 days), 2 overdue;
// the second has January's alone and 1 overdue.
export const DELIVERING: EngagementCells = {
  ...KPO,
  overdue: 2,
  deliveries: [
    {
      period: '2026-01',
      delivered: 2,
      onTime: 1,
      qualitySum: 9,
      qualityCount: 2,
      rework: 1,
      actioned: 1,
      valueRealizedCents: 150_000,
      cycleDays: [{ days: 10, count: 2 }],
    },
    {
      period: '2026-02',
      delivered: 1,
      onTime: 1,
      qualitySum: 5,
      qualityCount: 1,
      rework: 0,
      actioned: 1,
      valueRealizedCents: 50_000,
      cycleDays: [{ days: 4, count: 1 }],
    },
  ],
};
export const DELIVERING_JANUARY: EngagementCells = {
  ...DELIVERING,
  overdue: 1,
  deliveries: DELIVERING.deliveries.slice(0, 1),
};
/** What the two add up to over January and February, by hand. */
export const DELIVERED = {
  delivered: 5, // 2 + 1 + 2
  onTime: 3,
  qualitySum: 23,
  qualityCount: 5,
  rework: 2,
  actioned: 3,
  valueRealizedCents: 350_000,
  cycleDays: [
    { days: 10, count: 4 }, // the same cycle time of two engagements is one bucket
    { days: 4, count: 1 },
  ],
  overdue: 3,
};
export const CELLS = new Map([
  [1, BPO],
  [2, KPO],
  [3, IDLE],
]);
export const MONTHS = ['2026-01', '2026-02'];
export const over = (months: string[], perMonth: boolean, insight = false) => ({
  months,
  perMonth,
  currency: 'USD',
  insight,
});
