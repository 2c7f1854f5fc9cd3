import { describe, expect, it } from 'vitest';
import { criticalBreachPenalty, VENDOR_SCORE_WEIGHTS, vendorBand, vendorScore } from './vendor-score.ts';

const none = {
  attainmentPct: null,
  criticalAttainmentPct: null,
  criticalBreaches: 0,
  realizedSavingsCents: null,
  plannedSavingsCents: null,
  creditsPct: null,
  onTimePct: null,
  meanQuality: null,
};

describe('vendorScore', () => {
  it('the weights add up to 100', () => {
    expect(Object.values(VENDOR_SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('BPO vendor, no critical breach: attainment 90, critical 100, savings 80, credits 85 → 7,175 ÷ 80 = 89.6875 → strong', () => {
    // (30×90 + 20×100 + 15×80 + 15×85) ÷ (30 + 20 + 15 + 15) = (2,700 + 2,000 + 1,200 + 1,275) ÷ 80.
    const result = vendorScore({
      ...none,
      attainmentPct: 90,
      criticalAttainmentPct: 100,
      realizedSavingsCents: 2_400_000,
      plannedSavingsCents: 3_000_000,
      creditsPct: 1.5,
    });
    expect(result.components).toEqual({
      attainment: 90,
      critical: 100,
      savings: 80,
      credits: 85,
      onTime: null,
      quality: null,
    });
    expect(result.weighted).toBeCloseTo(89.6875, 10);
    expect(result.score).toBeCloseTo(89.6875, 10);
    expect(result).toMatchObject({ band: 'strong', penalty: 0, capped: false });
    // Each applying component's share: 30/80 = 37.5 %, so attainment adds 90 × 0.375 = 33.75 points.
    const attainment = result.parts.find((p) => p.component === 'attainment');
    expect(attainment).toMatchObject({ weight: 30, value: 90 });
    expect(attainment?.sharePct).toBeCloseTo(37.5, 10);
    expect(attainment?.points).toBeCloseTo(33.75, 10);
    expect(result.parts.find((p) => p.component === 'onTime')).toMatchObject({
      value: null,
      sharePct: 0,
      points: 0,
    });
  });

  it('the demo’s Tarang case: attainment 62, critical 50, savings 100, credits 90 and 4 critical breaches → 51.375, at risk', () => {
    // Weighted: (30×62 + 20×50 + 15×100 + 15×90) ÷ 80 = (1,860 + 1,000 + 1,500 + 1,350) ÷ 80 = 71.375 (Good before);
    // 4 breaches take 4 × 5 = 20 points off: 51.375; under the cap of 69.9 → at risk.
    const result = vendorScore({
      ...none,
      attainmentPct: 62,
      criticalAttainmentPct: 50,
      criticalBreaches: 4,
      realizedSavingsCents: 500,
      plannedSavingsCents: 400,
      creditsPct: 1,
    });
    expect(result.weighted).toBeCloseTo(71.375, 10);
    expect(result.penalty).toBe(20);
    expect(result.score).toBeCloseTo(51.375, 10);
    expect(result).toMatchObject({ band: 'at_risk', capped: false });
  });

  it('one critical breach caps an otherwise strong vendor at 69.9: watch, never good', () => {
    // Weighted: (30×95 + 20×95 + 15×100) ÷ 65 = (2,850 + 1,900 + 1,500) ÷ 65 = 96.15…; less 5 = 91.15… → capped 69.9.
    const result = vendorScore({
      ...none,
      attainmentPct: 95,
      criticalAttainmentPct: 95,
      creditsPct: 0,
      criticalBreaches: 1,
    });
    expect(result.weighted).toBeCloseTo(6250 / 65, 10);
    expect(result).toMatchObject({ score: 69.9, band: 'watch', penalty: 5, capped: true });
  });

  it('the breach penalty is 5 points each, at most 25, and the score never goes below 0', () => {
    expect([0, 1, 4, 5, 9].map(criticalBreachPenalty)).toEqual([0, 5, 20, 25, 25]);
    const result = vendorScore({ ...none, attainmentPct: 10, criticalAttainmentPct: 0, criticalBreaches: 9 });
    // (30×10 + 20×0) ÷ 50 = 6; 6 − 25 < 0 → 0.
    expect(result).toMatchObject({ weighted: 6, penalty: 25, score: 0, band: 'at_risk' });
  });

  it('KPO vendor: attainment 40, credits 0.4 % (96), on time 66.67 %, quality 4.0 (75) → 3,790 ÷ 65 = 58.31 → watch', () => {
    // (30×40 + 15×96 + 10×66.67 + 10×75) ÷ (30 + 15 + 10 + 10) = (1,200 + 1,440 + 666.67 + 750) ÷ 65.
    const result = vendorScore({
      ...none,
      attainmentPct: 40,
      creditsPct: 0.4,
      onTimePct: 200 / 3,
      meanQuality: 4,
    });
    expect(result.components).toMatchObject({ credits: 96, quality: 75, savings: null, critical: null });
    expect(result.score).toBeCloseTo((1200 + 1440 + 2000 / 3 + 750) / 65, 10);
    expect(result.band).toBe('watch');
  });

  it('keeps components within 0–100: savings over plan count 100, credits of 12 % count 0, a loss counts 0', () => {
    expect(
      vendorScore({ ...none, realizedSavingsCents: 150, plannedSavingsCents: 100, creditsPct: 12 })
        .components,
    ).toMatchObject({ savings: 100, credits: 0 });
    expect(
      vendorScore({ ...none, realizedSavingsCents: -50, plannedSavingsCents: 100 }).components.savings,
    ).toBe(0);
  });

  it('no savings plan (or a plan of 0) leaves savings out; nothing to score is unrated', () => {
    expect(
      vendorScore({ ...none, realizedSavingsCents: 100, plannedSavingsCents: 0 }).components.savings,
    ).toBeNull();
    expect(vendorScore(none)).toMatchObject({ score: null, band: 'unrated', weighted: null });
  });
});

describe('vendorBand', () => {
  it('85 is strong, 84.99 good, 70 good, 55 watch, 54.99 at risk', () => {
    expect([85, 84.99, 70, 69.99, 55, 54.99, 0].map(vendorBand)).toEqual([
      'strong',
      'good',
      'good',
      'watch',
      'watch',
      'at_risk',
      'at_risk',
    ]);
  });
});
