import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../../lib/trpc.ts';
import {
  adoptionAndValue,
  costPerDeliverable,
  cycleTime,
  deliveries,
  qualityAndRework,
} from './kpo-insights-data.ts';

type InsightPoint = RouterOutputs['insight']['monthly'][number];

// January and March of the worked example: D1 on time in January, nothing delivered in March.
const points: InsightPoint[] = [
  {
    period: '2025-01',
    delivered: 1,
    onTime: 1,
    late: 0,
    onTimePct: 100,
    medianCycleDays: 25,
    meanQuality: 4,
    reworkPct: 0,
    adoptionPct: 100,
    valueRealized: '12500.00',
    costPerDeliverable: '25000.00',
    netCost: '25000.00',
  },
  {
    period: '2025-03',
    delivered: 0,
    onTime: 0,
    late: 0,
    onTimePct: null,
    medianCycleDays: null,
    meanQuality: null,
    reworkPct: null,
    adoptionPct: null,
    valueRealized: '0.00',
    costPerDeliverable: null,
    netCost: '25400.00',
  },
];

describe('KPO insight shaping', () => {
  it('keeps months without deliveries as gaps, not zeros, for rates and averages', () => {
    expect(deliveries(points).map((r) => [r.label, r.onTime, r.late])).toEqual([
      ['Jan 25', 1, 0],
      ['Mar 25', 0, 0],
    ]);
    expect(cycleTime(points).map((r) => r.medianCycleDays)).toEqual([25, null]);
    expect(qualityAndRework(points).map((r) => [r.meanQuality, r.reworkPct])).toEqual([
      [4, 0],
      [null, null],
    ]);
    expect(adoptionAndValue(points).map((r) => [r.valueRealized, r.adoptionPct])).toEqual([
      [12500, 100],
      [0, null],
    ]);
    expect(costPerDeliverable(points).map((r) => r.costPerDeliverable)).toEqual([25000, null]);
  });
});
