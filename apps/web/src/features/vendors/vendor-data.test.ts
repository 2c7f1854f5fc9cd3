import { describe, expect, it } from 'vitest';
import { COLORS } from '../../lib/colors.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { BAND_LINES, bandColorOf, componentBars, scoreBars, scoreLines } from './vendor-data.ts';

type Scorecard = RouterOutputs['vendors']['scorecards'][number];

const card = (vendor: string, score: number | null, components: Partial<Scorecard['components']> = {}) =>
  ({
    vendor,
    score,
    band: score === null ? 'unrated' : score >= 85 ? 'strong' : score >= 70 ? 'good' : 'watch',
    components: {
      attainment: null,
      critical: null,
      savings: null,
      credits: null,
      onTime: null,
      quality: null,
      ...components,
    },
  }) as Scorecard;

describe('vendor shaping', () => {
  it('ranks vendors by score with the unrated last, each bar coloured by its band', () => {
    const bars = scoreBars([card('A', 60), card('B', null), card('C', 86.3)]);
    expect(bars.map((r) => [r.key, r.score, r.band])).toEqual([
      ['C', 86.3, 'strong'],
      ['A', 60, 'watch'],
      ['B', null, 'unrated'],
    ]);
    expect(bars.map(bandColorOf)).toEqual([COLORS.ok, COLORS.warn, COLORS.grey]);
  });

  it('draws a line at each band floor', () => {
    expect(BAND_LINES.map((line) => [line.label, line.value])).toEqual([
      ['Strong 85', 85],
      ['Good 70', 70],
      ['Watch 55', 55],
    ]);
  });

  it('lists the components that apply, with their weights', () => {
    expect(
      componentBars(card('A', 77, { attainment: 70.6, savings: 100, credits: 66.9 })).map((r) => [
        r.label,
        r.score,
      ]),
    ).toEqual([
      ['SLA attainment (×30)', 70.6],
      ['Savings vs plan (×15)', 100],
      ['Credits (fewer is better) (×15)', 66.9],
    ]);
  });

  it('explains a capped score line by line', () => {
    // Attainment 95 and critical 95 (weights 30 + 20 = 50): 95; one breach −5 → 90, capped at 69.9.
    const capped = {
      ...card('A', 69.9, { attainment: 95, critical: 95 }),
      scoreParts: [
        { component: 'attainment', weight: 30, value: 95, sharePct: 60, points: 57 },
        { component: 'critical', weight: 20, value: 95, sharePct: 40, points: 38 },
        { component: 'savings', weight: 15, value: null, sharePct: 0, points: 0 },
      ],
      criticalSla: { met: 19, missed: 0, breached: 1 },
      weightedScore: 95,
      breachPenalty: 5,
      capped: true,
    } as Scorecard;
    expect(scoreLines(capped).map((line) => [line.label, line.weight, line.value, line.points])).toEqual([
      ['SLA attainment', '30 (60.0 %)', 95, 57],
      ['Critical SLAs', '20 (40.0 %)', 95, 38],
      ['Savings vs plan', '15 (does not apply)', null, null],
      ['Weighted mean', '', null, 95],
      ['Critical breaches: 1 × −5 (at most −25)', '', null, -5],
      ['Capped at 69.9: a critical breach keeps a vendor out of Good and Strong', '', null, null],
      ['Score', '', null, 69.9],
    ]);
  });
});
