import {
  addMonths,
  BPO_SERVICE_LINES,
  daysBetween,
  KPO_SERVICE_LINES,
  SERVICE_LINES,
} from '@portfolio/domain';
import { describe, expect, it } from 'vitest';
import { VENDORS } from './catalogue.ts';
import { CURRENT, countBy, FIRST, MONEY, plan, TODAY } from './plan.test-helpers.ts';
import { demoContext, engagementCount, planEngagements, planPortfolio } from './plan.ts';

// The demo plan is the portfolio every screen and the bench show; each of its promises has its check, at scale 1 and
// larger: here its vendors and engagements, and in plan-records.test.ts the SLAs, measurements, charges, deliverables
// and FX rates planned for them.
describe('the demo plan at scale 1', () => {
  it('is deterministic: the same seed and today give the same rows, another seed others', () => {
    expect(planPortfolio({ today: TODAY })).toEqual(plan);
    expect(planPortfolio({ today: TODAY, seed: 7 }).measurements).not.toEqual(plan.measurements);
  });

  it('has about 12 vendors and 30 engagements coded ENG-001…ENG-030', () => {
    expect(plan.vendors).toHaveLength(12);
    expect(new Set(plan.vendors.map((v) => v.name)).size).toBe(12);
    expect(plan.engagements.map((e) => e.code)).toEqual(
      Array.from({ length: 30 }, (_, i) => `ENG-${String(i + 1).padStart(3, '0')}`),
    );
    expect(new Set(plan.engagements.map((e) => e.vendor)).size).toBe(12);
  });

  it('covers every BPO and KPO service line, with the type the line belongs to', () => {
    expect(new Set(plan.engagements.map((e) => e.service_line))).toEqual(new Set(SERVICE_LINES));
    for (const e of plan.engagements) {
      const lines: readonly string[] = e.type === 'BPO' ? BPO_SERVICE_LINES : KPO_SERVICE_LINES;
      expect(lines).toContain(e.service_line);
    }
  });

  it('places each engagement where its vendor is, in a currency the vendor invoices in', () => {
    for (const e of plan.engagements) {
      const vendor = VENDORS.find((v) => v.name === e.vendor);
      expect(vendor?.serviceLines).toContain(e.service_line);
      expect(e.location).toBe(vendor?.location);
      expect(vendor?.currencies).toContain(e.currency);
    }
    expect(new Set(plan.engagements.map((e) => e.location))).toEqual(
      new Set(['onshore', 'nearshore', 'offshore']),
    );
    expect(new Set(plan.engagements.map((e) => e.currency))).toEqual(
      new Set(['USD', 'EUR', 'GBP', 'INR', 'PHP']),
    );
  });

  it('gives statuses that agree with the dates: mostly active, a few ended, renewals due and one planned', () => {
    const windowStart = `${FIRST}-01`;
    for (const e of plan.engagements) {
      const expected =
        e.start_date > TODAY ? 'planned' : e.end_date !== null && e.end_date < TODAY ? 'ended' : 'active';
      expect(e.status, e.code).toBe(expected);
    }
    const statuses = countBy(plan.engagements, (e) => e.status);
    expect(statuses.planned).toBe(1);
    expect(statuses.ended).toBeGreaterThanOrEqual(2);
    expect(plan.engagements.filter((e) => e.start_date === windowStart).length).toBeGreaterThanOrEqual(20);
    expect(
      plan.engagements.filter((e) => e.start_date > windowStart && e.start_date <= TODAY).length,
    ).toBeGreaterThan(2);
    const renewals = plan.engagements.filter(
      (e) => e.status === 'active' && e.end_date !== null && daysBetween(TODAY, e.end_date) <= 90,
    );
    expect(renewals.length).toBeGreaterThanOrEqual(2);
  });

  it('gives BPO engagements a baseline and planned savings, KPO engagements neither', () => {
    for (const e of plan.engagements) {
      if (e.type === 'BPO') {
        expect(e.baseline_monthly_cost).toMatch(MONEY);
        expect(Number(e.planned_monthly_savings)).toBeGreaterThan(0);
      } else {
        expect(e.baseline_monthly_cost).toBeNull();
        expect(e.planned_monthly_savings).toBeNull();
      }
    }
  });

  it('spends 20–45 % below the in-house baseline on BPO work, and some engagements run over budget', () => {
    const lastYear = new Set(Array.from({ length: 12 }, (_, i) => addMonths(CURRENT, -1 - i)));
    const yearStart = `${addMonths(CURRENT, -12)}-01`;
    const spend = new Map<string, number>();
    for (const c of plan.charges.filter((c) => lastYear.has(c.period))) {
      spend.set(c.engagement, (spend.get(c.engagement) ?? 0) + Number(c.amount));
    }
    const fullYear = plan.engagements.filter((e) => e.end_date === null || e.end_date >= TODAY);
    const budgetRatios = fullYear
      .filter((e) => e.start_date <= yearStart)
      .map((e) => (spend.get(e.code) ?? 0) / Number(e.annual_budget));
    expect(budgetRatios.some((ratio) => ratio > 1.02)).toBe(true);
    expect(budgetRatios.filter((ratio) => ratio <= 1).length).toBeGreaterThan(budgetRatios.length / 2);
    expect(budgetRatios.every((ratio) => ratio > 0.8 && ratio < 1.3)).toBe(true);

    const savings = fullYear
      .filter((e) => e.type === 'BPO' && e.start_date <= yearStart)
      .map((e) => 1 - (spend.get(e.code) ?? 0) / 12 / Number(e.baseline_monthly_cost));
    expect(savings.every((pct) => pct > 0.15 && pct < 0.5)).toBe(true);
  });
});

describe('the demo plan at larger scales', () => {
  it('repeats the 30 slots with unique codes: 11,019 engagements ENG-00001… at scale 100', () => {
    const context = demoContext({ today: TODAY });
    expect(engagementCount(2)).toBe(141);
    const plans = planEngagements(context, engagementCount(100));
    expect(plans).toHaveLength(11_019);
    expect(plans[0]?.row.code).toBe('ENG-00001');
    expect(plans.at(-1)?.row.code).toBe('ENG-11019');
    expect(new Set(plans.map((p) => p.row.code)).size).toBe(11_019);
    expect(new Set(plans.map((p) => `${p.vendor.prefix}|${p.invoiceNumber}`)).size).toBe(11_019);
  });

  it('keeps the first engagements unchanged when the scale grows', () => {
    const doubled = planPortfolio({ today: TODAY, scale: 2 });
    expect(doubled.engagements.slice(0, 30)).toEqual(plan.engagements);
    expect(doubled.measurements.slice(0, plan.measurements.length)).toEqual(plan.measurements);
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => engagementCount(0)).toThrow(/positive/);
    expect(() => engagementCount(Number.NaN)).toThrow(/positive/);
  });
});
