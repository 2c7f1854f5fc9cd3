import { describe, expect, it } from 'vitest';
import { VENDOR_SCORE_WEIGHTS, vendorBand, vendorScore } from './vendor-score.ts';

const none = {
  attainmentPct: null,
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

  it('BPO vendor: attainment 90 %, 24,000.00 saved of 30,000.00 planned (80), credits 1.5 % of charges (85) → (40×90 + 20×80 + 15×85) ÷ 75 = 86.33 → strong', () => {
    const result = vendorScore({
      ...none,
      attainmentPct: 90,
      realizedSavingsCents: 2_400_000,
      plannedSavingsCents: 3_000_000,
      creditsPct: 1.5,
    });
    expect(result.components).toEqual({
      attainment: 90,
      savings: 80,
      credits: 85,
      onTime: null,
      quality: null,
    });
    expect(result.score).toBeCloseTo(6475 / 75, 10);
    expect(result.band).toBe('strong');
  });

  it('KPO vendor: attainment 40 %, credits 0.4 % (96), on time 66.67 %, quality 4.0 (75) → 4,790 ÷ 80 = 59.875 → watch', () => {
    const result = vendorScore({
      ...none,
      attainmentPct: 40,
      creditsPct: 0.4,
      onTimePct: 200 / 3,
      meanQuality: 4,
    });
    expect(result.components).toMatchObject({ credits: 96, quality: 75, savings: null });
    expect(result.score).toBeCloseTo(59.875, 10);
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
    expect(vendorScore(none)).toMatchObject({ score: null, band: 'unrated' });
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
