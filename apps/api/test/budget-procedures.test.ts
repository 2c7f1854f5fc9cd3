import type { DbHandle } from '@portfolio/db';
import { testDatabases, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from './test-caller.ts';

// The budget against actual of the spend page on the worked example (packages/db/src/testing/worked-example.ts) with
// annual budgets of its own; every figure was computed by hand from the fixture, as in dashboard-procedures.test.ts.
// Today is 2025-06-15.
const RANGE = { from: '2025-01', to: '2025-06' };

describe.each(testDatabases())('budget against actual per fiscal year on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
    // Budgets: 1,200,000 USD a year for ENG-001, 240,000 EUR for ENG-002 (ran March–May), 120,000 GBP for ENG-003.
    for (const [code, budget] of [
      ['ENG-001', '1200000.00'],
      ['ENG-002', '240000.00'],
      ['ENG-003', '120000.00'],
    ] as const) {
      await handle.db
        .updateTable('engagements')
        .set({ annual_budget: budget })
        .where('code', '=', code)
        .execute();
    }
  });
  afterAll(() => handle.close());

  it('forecasts FY2025 from the run rate of January–June, with budgets converted month by month', async () => {
    const api = testCaller(handle, WORKED_EXAMPLE_TODAY);
    const { currency, years } = await api.spend.budget(RANGE);
    expect(currency).toBe('USD');
    expect(years.map((y) => y.label)).toEqual(['FY2025']);
    const fy = years[0];
    // Budget: 1,200,000.00 + 20,000 EUR × (1.08 + 1.10 + 1.12345) = 66,069.00 + 10,000 GBP × (1.25 + 1.26 + 1.27
    // + 1.28 + 1.30 + 1.31) = 76,700.00 and July–December at June's 1.31 carried forward: 78,600.00.
    // Actual January–June 717,231.23; forecast 717,231.23 × 12 ÷ 6 = 1,434,462.46.
    expect(fy).toMatchObject({
      from: '2025-01',
      to: '2025-12',
      elapsedMonths: 6,
      budget: '1421369.00',
      actual: '717231.23',
      runRate: '119538.54',
      forecast: '1434462.46',
      variance: '13093.46',
    });
    expect(fy?.variancePct).toBeCloseTo((1_309_346 * 100) / 142_136_900, 10);
    expect(fy?.months[5]).toMatchObject({ period: '2025-06', cumulativeActual: '717231.23' });
    // July: 717,231.23 + 717,231.23 ÷ 6 = 836,769.768… → 836,769.77; December ends at the forecast.
    expect(fy?.months[6]).toMatchObject({ actual: null, cumulativeForecast: '836769.77' });
    expect(fy?.months[11]).toMatchObject({
      cumulativeForecast: '1434462.46',
      cumulativeBudget: '1421369.00',
    });
  });

  it('tables budget against actual per engagement and vendor, agreeing with the budget-overrun alerts', async () => {
    const api = testCaller(handle, WORKED_EXAMPLE_TODAY);
    const table = await api.spend.budgetTable(RANGE);
    expect(table).toMatchObject({ fiscalYear: 'FY2025', current: '2025-06', currency: 'USD' });
    // ENG-001: 1,200,000.00 budget; 513,905.00 charged January–June → forecast 513,905.00 × 12 ÷ 6 = 1,027,810.00;
    // variance −172,190.00 (under budget, negative).
    expect(table.engagements.find((r) => r.code === 'ENG-001')).toMatchObject({
      budget: '1200000.00',
      actual: '513905.00',
      forecast: '1027810.00',
      variance: '-172190.00',
      over: false,
    });
    expect(table.engagements.find((r) => r.code === 'ENG-001')?.variancePct).toBeCloseTo(-14.34916667, 6);
    // Every engagement and vendor the table shows over budget is the one Alerts raises, by the same amount.
    const { alerts } = await api.alerts.list();
    const raised = alerts
      .filter((a) => a.kind === 'budget_overrun')
      .map((a) => [a.subject.engagement ?? `vendor:${a.subject.vendor}`, a.data.overrun])
      .sort();
    const over = [
      ...table.engagements.filter((r) => r.over).map((r) => [r.code, r.variance]),
      ...table.vendors
        .filter((r) => r.over && r.engagements.length >= 2)
        .map((r) => [`vendor:${r.vendor}`, r.variance]),
    ].sort();
    expect(over).toEqual(raised);
    expect(table.vendors.map((r) => r.vendor)).toEqual(['Acme Services', 'Insight Partners']);
    await expect(api.spend.budgetTable({ from: '2025-13', to: '2025-06' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('covers every fiscal year the range touches, and names a rate its budget lacks', async () => {
    const api = testCaller(handle, WORKED_EXAMPLE_TODAY, { fiscalYearStart: 4 });
    // FY2025 runs April 2024–March 2025: ENG-003's GBP budget needs rates from 2024, which are not on record.
    await expect(api.spend.budget(RANGE)).rejects.toThrow('No FX rate for GBP in 2024-10 (to USD)');
    await handle.db
      .updateTable('engagements')
      .set({ annual_budget: null })
      .where('code', '=', 'ENG-003')
      .execute();
    const { years } = await api.spend.budget(RANGE);
    expect(years.map((y) => [y.label, y.from, y.to, y.elapsedMonths, y.budget])).toEqual([
      // ENG-001 from January 2025 (3 months of 100,000.00) + ENG-002 in March at 1.08 (21,600.00).
      ['FY2025', '2024-04', '2025-03', 12, '321600.00'],
      // ENG-001 April 2025–March 2026 (1,200,000.00) + ENG-002 in April and May (22,000.00 + 22,469.00).
      ['FY2026', '2025-04', '2026-03', 3, '1244469.00'],
    ]);
  });
});
