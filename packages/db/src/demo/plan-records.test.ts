import { addMonths, engagementRanIn, periodOfDate, slaStatus } from '@portfolio/domain';
import { describe, expect, it } from 'vitest';
import { VENDORS } from './catalogue.ts';
import {
  CURRENT,
  countBy,
  DECIMAL,
  engagementOf,
  FIRST,
  MONEY,
  PERIOD,
  plan,
  TODAY,
} from './plan.test-helpers.ts';
import { demoContext } from './plan.ts';

// The records the demo plan gives its engagements (SLAs, measurements, charges, deliverables, FX rates), each promise
// with its check; the vendors and engagements themselves are checked in plan.test.ts.
describe('the demo plan at scale 1', () => {
  it('gives each engagement 3–6 SLAs of both kinds, some over-allocating the at-risk pool', () => {
    const perEngagement = countBy(plan.slas, (s) => s.engagement);
    expect(Object.keys(perEngagement)).toHaveLength(30);
    expect(Object.values(perEngagement).every((n) => n >= 3 && n <= 6)).toBe(true);
    expect(plan.slas.length / 30).toBeGreaterThan(4);
    const allocations = new Map<string, number>();
    for (const s of plan.slas) {
      if (s.kind === 'critical') {
        expect(s.allocation_pct).toMatch(DECIMAL);
        allocations.set(s.engagement, (allocations.get(s.engagement) ?? 0) + Number(s.allocation_pct));
      } else expect(s.allocation_pct).toBeNull();
    }
    expect(allocations.size).toBe(30);
    expect([...allocations.values()].some((sum) => sum > 100)).toBe(true);
    expect([...allocations.values()].some((sum) => sum === 100)).toBe(true);
    expect(plan.slas.some((s) => s.minimum === null)).toBe(true);
    expect(plan.slas.some((s) => s.minimum !== null)).toBe(true);
    expect(new Set(plan.slas.map((s) => s.unit))).toEqual(
      new Set(['%', 'seconds', 'hours', 'days', 'count', 'score']),
    );
  });

  it('reports every SLA for every month the engagement ran, the current month for about half', () => {
    const window = demoContext({ today: TODAY }).window;
    const reported = new Set(plan.measurements.map((m) => `${m.engagement}|${m.sla}|${m.period}`));
    expect(reported.size).toBe(plan.measurements.length);
    let expected = 0;
    let missing = 0;
    for (const s of plan.slas) {
      const e = engagementOf(s.engagement);
      for (const period of window.filter(
        (p) => p !== CURRENT && engagementRanIn(e.start_date, e.end_date, p),
      )) {
        expected += 1;
        if (!reported.has(`${s.engagement}|${s.code}|${period}`)) missing += 1;
      }
    }
    expect(missing).toBeGreaterThan(0);
    expect(missing / expected).toBeLessThan(0.02);
    for (const m of plan.measurements) {
      const e = engagementOf(m.engagement);
      expect(engagementRanIn(e.start_date, e.end_date, m.period)).toBe(true);
      expect(m.period <= CURRENT && m.period >= FIRST).toBe(true);
    }
    const running = plan.slas.filter((s) => engagementOf(s.engagement).status === 'active');
    const current = plan.measurements.filter((m) => m.period === CURRENT).length;
    expect(current / running.length).toBeGreaterThan(0.3);
    expect(current / running.length).toBeLessThan(0.7);
  });

  it('stores the status the domain rule gives, with counts that match the actual', () => {
    const slaByKey = new Map(plan.slas.map((s) => [`${s.engagement}|${s.code}`, s]));
    for (const m of plan.measurements) {
      const sla = slaByKey.get(`${m.engagement}|${m.sla}`);
      if (!sla) throw new Error(`no SLA ${m.sla}`);
      expect(m.status).toBe(slaStatus(sla, m.actual));
      expect(m.actual).toMatch(DECIMAL);
      expect(m.source).toBe('vendor report');
      if (m.denominator !== null) {
        expect(sla.unit).toBe('%');
        const ratio = (Number(m.numerator) * 100) / Number(m.denominator);
        expect(Math.abs(ratio - Number(m.actual))).toBeLessThan(0.01);
      }
    }
    expect(plan.measurements.some((m) => m.denominator !== null)).toBe(true);
  });

  it('is mostly met, with some misses, occasional breaches and two clearly worse vendors', () => {
    const statuses = countBy(plan.measurements, (m) => m.status);
    const total = plan.measurements.length;
    expect((statuses.met ?? 0) / total).toBeGreaterThan(0.7);
    expect((statuses.missed ?? 0) / total).toBeGreaterThan(0.05);
    expect((statuses.breached ?? 0) / total).toBeGreaterThan(0.005);
    expect((statuses.breached ?? 0) / total).toBeLessThan(0.06);
    const attainment = (vendor: string) => {
      const rows = plan.measurements.filter((m) => engagementOf(m.engagement).vendor === vendor);
      return rows.filter((m) => m.status === 'met').length / rows.length;
    };
    const weak = VENDORS.filter((v) => v.quality === 'weak').map((v) => attainment(v.name));
    const others = VENDORS.filter((v) => v.quality !== 'weak').map((v) => attainment(v.name));
    expect(weak).toHaveLength(2);
    expect(Math.max(...weak)).toBeLessThan(Math.min(...others));
  });

  it('has one SLA that degrades over the last months', () => {
    const sla = plan.slas.find((s) => s.engagement === 'ENG-001' && s.kind === 'critical');
    const series = plan.measurements.filter((m) => m.engagement === 'ENG-001' && m.sla === sla?.code);
    const recent = series.filter((m) => m.period > addMonths(CURRENT, -3));
    const earlier = series.filter((m) => m.period <= addMonths(CURRENT, -6));
    expect(recent).toHaveLength(3);
    expect(recent.some((m) => m.status === 'met')).toBe(false);
    expect(recent.at(-1)?.status).toBe('breached');
    expect(earlier.filter((m) => m.status === 'met').length / earlier.length).toBeGreaterThan(0.7);
  });

  it('invoices every engagement for each month it ran up to today, with exact amounts', () => {
    const invoice = /^(?:INV|CN)-[A-Z]{3}-(\d{6})-\d+$/;
    const keys = new Set<string>();
    // One credit note: ENG-001 refunded part of its base fee two months before today's month.
    const notes = plan.charges.filter((c) => c.invoice.startsWith('CN-'));
    expect(notes.map((c) => [c.engagement, c.period, c.category])).toEqual([
      ['ENG-001', addMonths(CURRENT, -2), 'base'],
    ]);
    expect(Number(notes[0]?.amount)).toBeLessThan(0);
    for (const c of plan.charges) {
      const e = engagementOf(c.engagement);
      expect(c.amount.replace(/^-/, '')).toMatch(MONEY);
      if (!c.invoice.startsWith('CN-')) expect(Number(c.amount)).toBeGreaterThan(0);
      expect(c.period).toMatch(PERIOD);
      expect(c.period <= CURRENT).toBe(true);
      expect(engagementRanIn(e.start_date, e.end_date, c.period)).toBe(true);
      expect(invoice.exec(c.invoice)?.[1]).toBe(c.period.replace('-', ''));
      keys.add(`${c.engagement}|${c.invoice}|${c.period}|${c.category}`);
    }
    expect(keys.size).toBe(plan.charges.length);
    expect(new Set(plan.charges.map((c) => c.category))).toEqual(
      new Set(['base', 'volume', 'one_off', 'pass_through']),
    );
    const billed = new Set(plan.charges.map((c) => `${c.engagement}|${c.period}`));
    for (const e of plan.engagements.filter((e) => e.status !== 'planned')) {
      expect(billed.has(`${e.code}|${periodOfDate(e.start_date)}`), e.code).toBe(true);
    }
    expect(plan.charges.some((c) => engagementOf(c.engagement).status === 'planned')).toBe(false);
  });

  it('gives KPO engagements deliverables: most on time, some late, a few overdue, future ones in progress', () => {
    const kpo = new Set(
      plan.engagements.filter((e) => e.type === 'KPO' && e.status !== 'planned').map((e) => e.code),
    );
    expect(new Set(plan.deliverables.map((d) => d.engagement))).toEqual(kpo);
    const codes = new Set(plan.deliverables.map((d) => `${d.engagement}|${d.code}`));
    expect(codes.size).toBe(plan.deliverables.length);
    for (const d of plan.deliverables) {
      expect(d.code).toMatch(/^D-\d{4}$/);
      expect(d.due_date >= d.requested_date).toBe(true);
      expect(d.requested_date <= TODAY).toBe(true);
      if (d.delivered_date !== null) {
        expect(d.status).toBe('delivered');
        expect(d.delivered_date >= d.requested_date && d.delivered_date <= TODAY).toBe(true);
        expect(d.quality).toBeGreaterThanOrEqual(1);
        expect(d.quality).toBeLessThanOrEqual(5);
        expect(d.estimated_value).toMatch(MONEY);
      } else {
        expect(['requested', 'in_progress']).toContain(d.status);
        expect([d.quality, d.estimated_value, d.actioned]).toEqual([null, null, false]);
      }
    }
    const delivered = plan.deliverables.filter((d) => d.delivered_date !== null);
    const late = delivered.filter((d) => (d.delivered_date ?? '') > d.due_date);
    expect(late.length / delivered.length).toBeGreaterThan(0.05);
    expect(late.length / delivered.length).toBeLessThan(0.3);
    const overdue = plan.deliverables.filter((d) => d.due_date < TODAY && d.delivered_date === null);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((d) => d.status === 'in_progress')).toBe(true);
    expect(overdue.length / plan.deliverables.length).toBeLessThan(0.05);
    expect(plan.deliverables.some((d) => d.due_date >= TODAY && d.delivered_date === null)).toBe(true);
    expect(delivered.some((d) => d.actioned) && delivered.some((d) => !d.actioned)).toBe(true);
    expect(delivered.some((d) => d.revisions > 0)).toBe(true);
  });

  it('has an FX rate to USD for every foreign currency and month, drifting near the usual level', () => {
    const window = demoContext({ today: TODAY }).window;
    const levels: Record<string, number> = { EUR: 1.08, GBP: 1.27, INR: 0.012, PHP: 0.0175 };
    expect(plan.fxRates).toHaveLength(4 * 25);
    for (const period of [addMonths(FIRST, -1), ...window]) {
      for (const [currency, level] of Object.entries(levels)) {
        const rate = plan.fxRates.find((r) => r.currency === currency && r.period === period)?.rate ?? '';
        expect(rate).toMatch(/^\d+\.\d{1,10}$/);
        expect(Math.abs(Number(rate) / level - 1)).toBeLessThan(0.1);
      }
    }
  });

  it('satisfies the check constraints of the schema', () => {
    for (const e of plan.engagements) {
      expect(e.code.trim() && e.name.trim()).toBeTruthy();
      expect(e.currency).toMatch(/^[A-Z]{3}$/);
      expect(Number(e.at_risk_pct)).toBeGreaterThanOrEqual(0);
      expect(Number(e.at_risk_pct)).toBeLessThanOrEqual(20);
      expect(e.earn_back_months).toBeGreaterThanOrEqual(0);
      expect(e.earn_back_months).toBeLessThanOrEqual(3);
      expect(e.annual_budget).toMatch(MONEY);
      if (e.end_date !== null) expect(e.end_date >= e.start_date).toBe(true);
    }
    for (const s of plan.slas) {
      if (s.minimum !== null) {
        const worse =
          s.direction === 'higher_is_better'
            ? Number(s.minimum) <= Number(s.expected)
            : Number(s.minimum) >= Number(s.expected);
        expect(worse, `${s.engagement} ${s.code}`).toBe(true);
      }
      if (s.allocation_pct !== null) expect(Number(s.allocation_pct)).toBeLessThanOrEqual(100);
    }
    for (const m of plan.measurements) {
      expect(m.period).toMatch(PERIOD);
      if (m.denominator !== null) expect(Number(m.denominator)).toBeGreaterThan(0);
    }
  });
});
