import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { apiQuery, contextAs, e2eDatabases, SCREENSHOTS, settle, useDashboard } from './harness.ts';

type BudgetTable = {
  fiscalYear: string;
  engagements: { code: string; variance: string; variancePct: number | null; over: boolean }[];
  vendors: { vendor: string; over: boolean }[];
};
type Alert = { kind: string; subject: { engagement: string | null }; data: { overrun: string } };

describe.each(e2eDatabases())(
  'finance: credit notes, budget against actual, the vendor score, on %s',
  (kind) => {
    const app = useDashboard(kind);

    it('shows the credit notes and the budget table per engagement and vendor, agreeing with Alerts', async () => {
      const context = await contextAs(app.browser, app.dashboard, { bypassCSP: true });
      const page = await context.newPage();
      await page.goto('/spend?range=fy');
      expect(await settle(page)).toEqual([]);

      // The demo's one credit note (ENG-001, two months before today's month) shows as a negative tile.
      const tile = page.locator('.tile').filter({ hasText: 'Credit notes' });
      await expect.poll(() => tile.textContent()).toMatch(/−\$[\d.,]+K?/);
      expect(await tile.textContent()).toContain('in 1 engagement-month, included in charges');

      const table = await apiQuery<BudgetTable>(page, 'spend.budgetTable', {
        from: '2026-01',
        to: '2026-11',
      });
      const { alerts } = await apiQuery<{ alerts: Alert[] }>(page, 'alerts.list');
      const raised = alerts
        .filter((a) => a.kind === 'budget_overrun' && a.subject.engagement !== null)
        .map((a) => [a.subject.engagement, a.data.overrun])
        .sort();
      const over = table.engagements.filter((r) => r.over).map((r) => [r.code, r.variance]);
      expect(over.sort()).toEqual(raised);
      expect(over.length).toBeGreaterThan(0);

      const perEngagement = page.getByRole('table', { name: 'Budget vs actual per engagement' });
      await perEngagement.waitFor();
      const rows = perEngagement.locator('tbody tr');
      expect(await rows.count()).toBe(table.engagements.length);
      // Sorted by variance % first: the worst overrun heads the table, in red with its arrow.
      const worst = [...table.engagements].sort((a, b) => (b.variancePct ?? 0) - (a.variancePct ?? 0))[0];
      expect(await rows.first().textContent()).toContain(worst?.code ?? '?');
      expect(await rows.first().locator('.variance--over').count()).toBe(2);
      expect(await rows.first().textContent()).toContain('▲');
      await page.getByText('positive (red, ▲) is heading over budget, which is bad').first().waitFor();
      // A header click sorts: variance ascending puts an under-budget engagement (green) first.
      await perEngagement.getByRole('button', { name: /^Variance %/ }).click();
      await expect.poll(() => rows.first().locator('.variance--under').count()).toBe(2);

      const perVendor = page.getByRole('table', { name: 'Budget vs actual per vendor' });
      expect(await perVendor.locator('tbody tr').count()).toBe(table.vendors.length);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV of Budget vs actual per engagement' }).click(),
      ]);
      const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
      expect(lines[0]).toBe(
        'Engagement,Name,Vendor,Budget,Actual to date,Run-rate forecast,Variance,Variance %,Months elapsed,Months in the year',
      );
      expect(lines).toHaveLength(table.engagements.length + 1);

      // The month-by-month chart draws the budget line on top of the forecast.
      const budgetChart = page.locator('[role="application"][aria-label^="FY2026 month by month"]');
      await budgetChart.locator('.recharts-line-curve').first().waitFor();
      const strokes = await budgetChart
        .locator('.recharts-line-curve')
        .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-dasharray') ?? 'solid'));
      expect(strokes.at(-1)).toBe('solid');
      await budgetChart.evaluate((chart) => chart.scrollIntoView({ block: 'end' }));
      await budgetChart.screenshot({ path: path.join(SCREENSHOTS, `finance-budget-path-${kind}.png`) });

      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `finance-spend-${kind}.png`), fullPage: true });

      // The credit ledger's why names the credit note that reduced a month's base (ENG-001, September 2026).
      const ledger = await apiQuery<{ creditNotes: string }[]>(page, 'report.creditLedger', {
        from: '2026-09',
        to: '2026-09',
        engagements: ['ENG-001'],
      });
      expect(ledger.length).toBeGreaterThan(0);
      expect(ledger.every((entry) => Number(entry.creditNotes) < 0)).toBe(true);
      await page.goto('/engagements/ENG-001?range=custom&from=2026-09&to=2026-09');
      expect(await settle(page)).toEqual([]);
      await page
        .getByText(/reduced by a credit note of −/)
        .first()
        .waitFor();
      await context.close();
    });

    it('shows how each vendor score is made, with the bars in their band colours and the band lines', async () => {
      const context = await contextAs(app.browser, app.dashboard, { bypassCSP: true });
      const page = await context.newPage();
      await page.goto('/vendors?range=fy');
      expect(await settle(page)).toEqual([]);
      const made = page.getByRole('table', { name: 'How the score is made' });
      await made.waitFor();
      const headers = await made.locator('thead th').allTextContents();
      expect(headers.map((h) => h.replace(/[↕↑↓▲▼]/g, '').trim())).toEqual(
        expect.arrayContaining(['SLAs ×30', 'Critical ×20', 'Weighted', 'Breaches', 'Score']),
      );
      // Tarang: 62 % attainment and critical breaches: no longer Good.
      const tarang = page
        .getByRole('table', { name: 'Vendor scorecards' })
        .locator('tbody tr')
        .filter({ hasText: 'Tarang' });
      expect(await made.locator('tbody tr').filter({ hasText: 'Tarang' }).textContent()).toMatch(/\d+: −\d+/);
      expect(await tarang.locator('.pill').textContent()).not.toBe('Good');
      expect(await tarang.locator('.pill').textContent()).not.toBe('Strong');

      const chart = page.locator('[role="application"][aria-label="Vendor scores"]');
      await chart.locator('.recharts-bar-rectangle').first().waitFor();
      const fills = new Set(
        await chart
          .locator('.recharts-bar-rectangle path')
          .evaluateAll((bars) => bars.map((b) => b.getAttribute('fill'))),
      );
      expect(fills.size).toBeGreaterThan(1);
      for (const label of ['Strong 85', 'Good 70', 'Watch 55']) {
        expect(await chart.locator('text').filter({ hasText: label }).count()).toBe(1);
      }
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, `finance-vendors-${kind}.png`), fullPage: true });

      // A vendor's page lists the steps of its score.
      await page.goto(`/vendors/${encodeURIComponent('Tarang Business Solutions')}?range=fy`);
      expect(await settle(page)).toEqual([]);
      const steps = page.getByRole('table', { name: 'How the score is made' });
      await steps.getByRole('cell', { name: /^Critical breaches: \d+ × −5/ }).waitFor();
      await context.close();
    });

    it('takes a credit note (a negative amount) in the charge form', async () => {
      const context = await contextAs(app.browser, app.dashboard);
      const page = await context.newPage();
      await page.goto('/data-entry/engagements/ENG-002?tab=charges');
      await page.getByRole('button', { name: 'Add charge' }).click();
      const form = page.locator('form.record-form').last();
      await form.getByLabel('Invoice').fill('CN-E2E-1');
      await form.getByLabel('Month').fill('2026-10');
      await form.getByLabel('Category').selectOption('volume');
      await form.getByLabel('Amount').fill('-1,250.50');
      await form.getByRole('button', { name: 'Add charge' }).click();
      const charges = page.getByRole('table', { name: 'Charges' });
      await charges.locator('tbody tr').filter({ hasText: 'CN-E2E-1' }).waitFor();
      expect(await charges.locator('tbody tr').filter({ hasText: 'CN-E2E-1' }).textContent()).toContain('−');
      await page.screenshot({
        path: path.join(SCREENSHOTS, `finance-credit-note-${kind}.png`),
        fullPage: false,
      });
      await context.close();
    });
  },
);
