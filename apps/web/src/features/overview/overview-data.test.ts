import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { hasFigures, monthsWithFigures, overviewTiles } from './overview-data.ts';

type Summary = RouterOutputs['report']['summary'];

const sla = (met: number, missed: number, breached: number, attainmentPct: number) => ({
  met,
  missed,
  breached,
  unreported: 0,
  attainmentPct,
});

function summary(engagements: number, totals: Partial<Summary['totals']>): Summary {
  return {
    range: { from: '2025-01', to: '2025-12' },
    currency: 'USD',
    totals: {
      charges: '0.00',
      creditsOwed: '0.00',
      creditsPending: '0.00',
      creditsEarnedBack: '0.00',
      netCost: '0.00',
      baseline: null,
      savings: null,
      savingsPct: null,
      sla: sla(0, 0, 0, 0),
      ...totals,
    },
    insight: {} as Summary['insight'],
    engagementCount: { all: engagements, BPO: engagements, KPO: 0 },
  } as Summary;
}

const now = summary(12, {
  charges: '26600000.00',
  netCost: '26000000.00',
  baseline: '30000000.00',
  savings: '4000000.00',
  savingsPct: 13.33,
  sla: sla(90, 6, 4, 90),
});
const previousOf = (tiles: ReturnType<typeof overviewTiles>) =>
  Object.fromEntries(tiles.map((tile) => [tile.key, tile.previous]));

describe('overviewTiles', () => {
  it('compares nothing with a year without data: no "+$26.6M" growth from nothing', () => {
    const empty = summary(0, {});
    expect(hasFigures(empty)).toBe(false);
    expect(Object.values(previousOf(overviewTiles(now, empty)))).toEqual(Array(9).fill(null));
  });

  it('compares attainment only with measured months, savings only with a baseline', () => {
    const before = summary(10, { charges: '20000000.00', netCost: '19000000.00' });
    const previous = previousOf(overviewTiles(now, before));
    expect(previous).toMatchObject({
      spend: '20000000.00',
      netCost: '19000000.00',
      savings: null,
      savingsPct: null,
      attainment: null,
      breaches: null,
      active: 10,
    });
  });

  it('compares every figure with a period that has them all', () => {
    const before = summary(11, {
      charges: '25000000.00',
      baseline: '28000000.00',
      savings: '3000000.00',
      savingsPct: 10.71,
      sla: sla(80, 10, 10, 80),
    });
    expect(previousOf(overviewTiles(now, before))).toMatchObject({
      spend: '25000000.00',
      savings: '3000000.00',
      savingsPct: 10.71,
      attainment: 80,
      breaches: 10,
    });
  });
});

describe('monthsWithFigures', () => {
  it('counts the months with charges or measured SLAs: a year the data begins in December has one', () => {
    const month = (charges: string, measured: number) =>
      ({
        charges,
        sla: sla(measured, 0, 0, measured ? 100 : 0),
      }) as RouterOutputs['report']['series'][number];
    expect(monthsWithFigures([month('0.00', 0), month('0.00', 0), month('1200.00', 0)])).toBe(1);
    expect(monthsWithFigures([month('0.00', 3), month('-5.00', 0)])).toBe(2);
  });
});
