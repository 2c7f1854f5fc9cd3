import { describe, expect, it } from 'vitest';
import { ratioToNumber } from '../decimal.ts';
import { trendSums } from './linear-trend.ts';
import {
  type MonthToDateFact,
  monthToDateRisk,
  type SlaRef,
  slaAtRiskAlerts,
  type TrendFact,
  trendRisk,
} from './sla-at-risk.ts';

const SERVICE_LEVEL: SlaRef = {
  engagement: 'ENG-001',
  engagementName: 'Consumer care',
  vendor: 'Acme',
  sla: 'SVL',
  slaName: 'Calls answered within 20 s',
  unit: '%',
  direction: 'higher_is_better',
  expected: '80',
  minimum: '75',
  kind: 'critical',
};
const ABANDONMENT: SlaRef = {
  ...SERVICE_LEVEL,
  sla: 'ABN',
  slaName: 'Call abandonment rate',
  direction: 'lower_is_better',
  expected: '5',
  minimum: '8',
};

/** Calls answered within 20 s (numerator) of calls offered (denominator) in November so far. */
function entry(ref: SlaRef, overrides: Partial<MonthToDateFact>): MonthToDateFact {
  return {
    ...ref,
    period: '2026-11',
    numerator: '14000',
    denominator: '20000',
    recentVolumeMonths: 3,
    recentVolume: '126000',
    recentBest: '88.5',
    ...overrides,
  };
}

const num = (value: { num: bigint; den: bigint } | null | undefined) =>
  value ? Number(ratioToNumber(value).toFixed(4)) : value;

describe('monthToDateRisk: a month-to-date entry against the recent run rate', () => {
  it('14,000 of 20,000 answered (70 %), 40k/42k/44k offered in the last 3 months → the other 22,000 need 89.09 %, beyond the best 88.5 %', () => {
    // V = 126,000 ÷ 3 = 42,000; R = 42,000 − 20,000 = 22,000; needed = (0.80 × 42,000 − 14,000) ÷ 22,000
    //   = 19,600 ÷ 22,000 = 89.0909… %; gap to the best month = 0.5909… points.
    const risk = monthToDateRisk(entry(SERVICE_LEVEL, {}));
    expect(num(risk?.rateSoFar)).toBe(70);
    expect(num(risk?.expectedVolume)).toBe(42_000);
    expect(num(risk?.remainingVolume)).toBe(22_000);
    expect(num(risk?.neededRate)).toBe(89.0909);
    expect(risk).toMatchObject({ outOfReach: true, impossible: false });
    expect(num(risk?.gap)).toBe(0.5909);
  });

  it('the same entry is within reach when the best recent month was 89.5 %', () => {
    expect(monthToDateRisk(entry(SERVICE_LEVEL, { recentBest: '89.5' }))?.outOfReach).toBe(false);
  });

  it('boundary: a needed rate exactly equal to the best month is within reach; one hundredth more is not', () => {
    // V = 120,000 ÷ 3 = 40,000; R = 20,000; needed = (32,000 − 14,000) ÷ 20,000 = 90 % exactly.
    const exact = entry(SERVICE_LEVEL, { recentVolume: '120000', recentBest: '90' });
    expect(num(monthToDateRisk(exact)?.neededRate)).toBe(90);
    expect(monthToDateRisk(exact)?.outOfReach).toBe(false);
    expect(monthToDateRisk({ ...exact, recentBest: '89.99' })).toMatchObject({ outOfReach: true });
  });

  it('needing more than 100 % is impossible (critical), whatever the best month', () => {
    // 10,000 of 20,000 so far; needed = (32,000 − 10,000) ÷ 20,000 = 110 %; reach is capped at 100 %: gap 10.
    const risk = monthToDateRisk(
      entry(SERVICE_LEVEL, { numerator: '10000', recentVolume: '120000', recentBest: '100' }),
    );
    expect(num(risk?.neededRate)).toBe(110);
    expect(risk).toMatchObject({ outOfReach: true, impossible: true });
    expect(num(risk?.gap)).toBe(10);
  });

  it('lower is better: 900 of 12,000 calls abandoned (7.5 %) leaves 3.33 % for the other 18,000, below the best 4.1 %', () => {
    // V = 90,000 ÷ 3 = 30,000; R = 18,000; ceiling = (0.05 × 30,000 − 900) ÷ 18,000 = 600 ÷ 18,000 = 3.3333 %.
    const fact = entry(ABANDONMENT, {
      numerator: '900',
      denominator: '12000',
      recentVolume: '90000',
      recentBest: '4.1',
    });
    const risk = monthToDateRisk(fact);
    expect(num(risk?.rateSoFar)).toBe(7.5);
    expect(num(risk?.neededRate)).toBe(3.3333);
    expect(risk).toMatchObject({ outOfReach: true, impossible: false });
    expect(num(risk?.gap)).toBe(0.7667);
    // 1,600 abandoned already exceeds the month's allowance of 1,500: no rate can make it.
    expect(monthToDateRisk({ ...fact, numerator: '1600' })).toMatchObject({
      impossible: true,
      outOfReach: true,
    });
    // 600 abandoned leaves (1,500 − 600) ÷ 18,000 = 5 %, above the best month: easily within reach.
    expect(monthToDateRisk({ ...fact, numerator: '600' })?.outOfReach).toBe(false);
  });

  it('with the month’s expected volume already in, the month ends near the rate so far', () => {
    // V = 20,000 but 21,000 offered already: 16,000 answered is 76.19 % < 80 % → out of reach, 3.81 points short.
    const fact = entry(SERVICE_LEVEL, { numerator: '16000', denominator: '21000', recentVolume: '60000' });
    const risk = monthToDateRisk(fact);
    expect(risk).toMatchObject({ neededRate: null, outOfReach: true, impossible: true });
    expect(num(risk?.gap)).toBe(3.8095);
    // 16,800 of 21,000 is exactly 80 %: met, not at risk.
    expect(monthToDateRisk({ ...fact, numerator: '16800' })?.outOfReach).toBe(false);
  });

  it('cannot judge an entry without recent months (a new SLA)', () => {
    expect(
      monthToDateRisk(entry(SERVICE_LEVEL, { recentVolumeMonths: 0, recentVolume: null, recentBest: null })),
    ).toBeNull();
  });
});

/** Monthly values at x = months before the current one (−1 is last month). */
const trend = (ref: SlaRef, points: [number, string][]): TrendFact => ({
  ...ref,
  sums: trendSums(points.map(([x, y]) => ({ x, y }))),
});

describe('trendRisk: least squares over the last six closed months', () => {
  it('98, 97, 96, 95 % (all met at 95 %) fall 1 point a month: 94 % this month, 93 % next → at risk, 2 points short', () => {
    const risk = trendRisk(
      trend({ ...SERVICE_LEVEL, expected: '95', minimum: '90' }, [
        [-4, '98'],
        [-3, '97'],
        [-2, '96'],
        [-1, '95'],
      ]),
    );
    expect(num(risk?.line.slope)).toBe(-1);
    expect(num(risk?.projectedThisMonth)).toBe(94);
    expect(num(risk?.projectedNextMonth)).toBe(93);
    expect(risk).toMatchObject({ worsening: true, atRisk: true, failsMinimum: false, points: 4 });
    expect(num(risk?.shortfall)).toBe(2);
  });

  it('boundary: a line reaching exactly the expected level next month is not at risk', () => {
    const points: [number, string][] = [
      [-3, '98'],
      [-2, '97'],
      [-1, '96'],
    ];
    expect(trendRisk(trend({ ...SERVICE_LEVEL, expected: '94' }, points))?.atRisk).toBe(false);
    expect(trendRisk(trend({ ...SERVICE_LEVEL, expected: '94.5' }, points))?.atRisk).toBe(true);
  });

  it('96, 93, 90 % against 90 % → 84 % next month, past the minimum 85 %: critical, 6 points short', () => {
    const risk = trendRisk(
      trend({ ...SERVICE_LEVEL, expected: '90', minimum: '85' }, [
        [-3, '96'],
        [-2, '93'],
        [-1, '90'],
      ]),
    );
    expect(num(risk?.projectedNextMonth)).toBe(84);
    expect(risk).toMatchObject({ atRisk: true, failsMinimum: true });
    expect(num(risk?.shortfall)).toBe(6);
  });

  it('a line already below the level at the last closed month is missing, not at risk', () => {
    // 90, 85, 80 against 95 %: the line gives 80 % last month, so it crosses nothing.
    const risk = trendRisk(
      trend({ ...SERVICE_LEVEL, expected: '95' }, [
        [-3, '90'],
        [-2, '85'],
        [-1, '80'],
      ]),
    );
    expect(num(risk?.fittedLastMonth)).toBe(80);
    expect(risk).toMatchObject({ worsening: true, atRisk: false });
  });

  it('a line below the level but improving is not a warning of the trend', () => {
    const risk = trendRisk(
      trend({ ...SERVICE_LEVEL, expected: '95' }, [
        [-3, '80'],
        [-2, '85'],
        [-1, '90'],
      ]),
    );
    expect(risk).toMatchObject({ worsening: false, atRisk: false });
  });

  it('lower is better: 20, 24, 28 seconds rise 4 a month → 36 s next month, above 30 s (minimum 45 s not reached)', () => {
    const risk = trendRisk(
      trend(
        { ...SERVICE_LEVEL, unit: 'seconds', direction: 'lower_is_better', expected: '30', minimum: '45' },
        [
          [-3, '20'],
          [-2, '24'],
          [-1, '28'],
        ],
      ),
    );
    expect(num(risk?.projectedThisMonth)).toBe(32);
    expect(risk).toMatchObject({ atRisk: true, failsMinimum: false });
    expect(num(risk?.shortfall)).toBe(6);
  });

  it('months missing from the window are simply not points: 99, 98, 97 two months apart → 96 now, 95.5 next', () => {
    const risk = trendRisk(
      trend({ ...SERVICE_LEVEL, expected: '96' }, [
        [-6, '99'],
        [-4, '98'],
        [-2, '97'],
      ]),
    );
    expect(num(risk?.projectedThisMonth)).toBe(96);
    expect(num(risk?.projectedNextMonth)).toBe(95.5);
    expect(risk?.atRisk).toBe(true);
  });

  it('needs three points', () => {
    expect(
      trendRisk(
        trend(SERVICE_LEVEL, [
          [-2, '99'],
          [-1, '50'],
        ]),
      ),
    ).toBeNull();
  });
});

describe('slaAtRiskAlerts', () => {
  it('judges an SLA with a month-to-date entry by it, never by its trend, and links to its page', () => {
    const falling = trend(SERVICE_LEVEL, [
      [-3, '95'],
      [-2, '90'],
      [-1, '85'],
    ]);
    const comfortable = entry(SERVICE_LEVEL, { recentBest: '95' });
    expect(slaAtRiskAlerts([comfortable], [falling], '2026-11')).toEqual([]);

    const [alert, ...rest] = slaAtRiskAlerts([entry(SERVICE_LEVEL, {})], [falling], '2026-11');
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      key: 'at-risk:ENG-001/SVL',
      kind: 'sla_at_risk',
      severity: 'warning',
      magnitude: 0.5909,
      link: '/slas/ENG-001/SVL?range=custom&from=2025-12&to=2026-11',
      data: { basis: 'month_to_date', neededRate: 89.0909, bestRecent: 88.5, rateSoFar: 70 },
    });
    expect(alert?.detail).toContain('need at least 89.09 %');
  });

  it('judges an SLA without one by its trend; an entry of an earlier month is no month-to-date entry', () => {
    const falling = trend(SERVICE_LEVEL, [
      [-3, '95'],
      [-2, '90'],
      [-1, '85'],
    ]);
    const stale = entry(SERVICE_LEVEL, { period: '2026-10' });
    const alerts = slaAtRiskAlerts([stale], [falling], '2026-11');
    // 95, 90, 85 → 80 this month, 75 next: 5 points short of 80 %, and 75 is not below the minimum 75.
    expect(alerts).toMatchObject([
      { key: 'at-risk:ENG-001/SVL', severity: 'warning', magnitude: 5, data: { basis: 'trend', points: 3 } },
    ]);
  });
});
