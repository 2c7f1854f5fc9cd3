import { describe, expect, it } from 'vitest';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { componentBars, scoreBars } from './vendor-data.ts';

type Scorecard = RouterOutputs['vendors']['scorecards'][number];

const card = (vendor: string, score: number | null, components: Partial<Scorecard['components']> = {}) =>
  ({
    vendor,
    score,
    components: {
      attainment: null,
      savings: null,
      credits: null,
      onTime: null,
      quality: null,
      ...components,
    },
  }) as Scorecard;

describe('vendor shaping', () => {
  it('ranks vendors by score with the unrated last', () => {
    expect(scoreBars([card('A', 60), card('B', null), card('C', 86.3)]).map((r) => [r.key, r.score])).toEqual(
      [
        ['C', 86.3],
        ['A', 60],
        ['B', null],
      ],
    );
  });

  it('lists the components that apply, with their weights', () => {
    expect(
      componentBars(card('A', 77, { attainment: 70.6, savings: 100, credits: 66.9 })).map((r) => [
        r.label,
        r.score,
      ]),
    ).toEqual([
      ['SLA attainment (×40)', 70.6],
      ['Savings vs plan (×20)', 100],
      ['Credits (fewer is better) (×15)', 66.9],
    ]);
  });
});
