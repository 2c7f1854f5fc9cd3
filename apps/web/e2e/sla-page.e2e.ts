import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { contextAs, e2eDatabases, SCREENSHOTS, settle, useDashboard } from './harness.ts';

/** Each heatmap row's title and its counts of missed and breached cells, top to bottom. */
function heatRows(page: Page) {
  return page.locator('.heatmap tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      title: row.querySelector('th')?.textContent ?? '',
      missed: row.querySelectorAll('[data-status="missed"]').length,
      breached: row.querySelectorAll('[data-status="breached"]').length,
    })),
  );
}

describe.each(e2eDatabases())(
  'the SLA page at scale, with the vendor’s notes and the open month, on %s',
  (kind) => {
    const app = useDashboard(kind);

    it('filters the heatmap to breached rows, orders it worst first and searches it', async () => {
      const context = await contextAs(app.browser, app.dashboard, { bypassCSP: true });
      const page = await context.newPage();
      await page.goto('/slas');
      expect(await settle(page)).toEqual([]);
      const all = await heatRows(page);
      expect(all.length).toBeGreaterThan(50);
      const count = page.locator('.heatmap-controls [role="status"]');
      expect(await count.textContent()).toBe(`${all.length} SLAs`);

      await page.getByLabel('Show', { exact: true }).selectOption('breached');
      await expect.poll(async () => (await heatRows(page)).length).toBeLessThan(all.length);
      const breached = await heatRows(page);
      expect(breached.length).toBeGreaterThan(0);
      expect(breached.every((row) => row.breached > 0)).toBe(true);
      expect(await count.textContent()).toBe(`${breached.length} of ${all.length} SLAs`);

      // Worst first: most misses (missed or breached months), then most breaches.
      await page.getByLabel('Show', { exact: true }).selectOption('all');
      await page.getByLabel('Order', { exact: true }).selectOption('worst');
      const worst = await heatRows(page);
      const misses = worst.map((row) => row.missed + row.breached);
      expect(misses).toEqual([...misses].sort((a, b) => b - a));
      expect(misses[0]).toBe(Math.max(...all.map((row) => row.missed + row.breached)));

      const first = all[0]?.title.split(' · ')[0] ?? '';
      await page.getByLabel('Find', { exact: true }).fill(first);
      await expect
        .poll(async () => (await heatRows(page)).every((row) => row.title.startsWith(first)))
        .toBe(true);
      await page.getByLabel('Find', { exact: true }).fill('no such SLA');
      await page.getByText('No SLA matches: change the filter or the search.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    it('shows the vendor’s notes in the heatmap’s cells, the breaches table and the credit ledger', async () => {
      const context = await contextAs(app.browser, app.dashboard);
      const page = await context.newPage();
      await page.goto('/slas');
      expect(await settle(page)).toEqual([]);
      const noted = page.locator('.heatmap .heat--noted').first();
      expect(await noted.getAttribute('aria-label')).toMatch(
        /: (missed|breached) \([^)]+\)\. Reason given: .+/,
      );
      expect(await noted.getAttribute('title')).toBe(await noted.getAttribute('aria-label'));
      const breaches = page.getByRole('table', { name: 'Breaches' });
      expect(await breaches.locator('thead').textContent()).toContain('Vendor’s note');
      const notes = await breaches.locator('tbody tr td:last-child').allTextContents();
      expect(notes.some((note) => note.trim() !== '')).toBe(true);
      const ledger = page.getByRole('table', { name: 'Credit ledger' });
      expect(await ledger.locator('.why__note').count()).toBeGreaterThan(0);
      expect(await ledger.locator('.why__note').first().textContent()).toMatch(/^ Vendor’s note: “.+”$/);
      await context.close();
    });

    it('leaves the month in progress out by default; included, marks it on the tiles, the heatmap and the charts', async () => {
      const context = await contextAs(app.browser, app.dashboard, { bypassCSP: true });
      const page = await context.newPage();
      await page.goto('/slas');
      expect(await settle(page)).toEqual([]);
      await expect.poll(() => page.getByTestId('range').textContent()).toBe('Nov 2025 – Oct 2026');
      expect(await page.getByTestId('tiles-partial').count()).toBe(0);
      expect(await page.locator('.heatmap th.heatmap__open').count()).toBe(0);

      // The box follows the address: click, then wait for the address to say it.
      await page.getByLabel('Include this month (in progress)').click();
      await page.waitForURL(/open=1/);
      await expect.poll(() => page.getByLabel('Include this month (in progress)').isChecked()).toBe(true);
      await expect.poll(() => page.getByTestId('range').textContent()).toBe('Dec 2025 – Nov 2026');
      expect(await settle(page)).toEqual([]);
      expect(await page.getByTestId('tiles-partial').textContent()).toBe(
        'Partial: Nov 2026 is in progress: its figures are partial.',
      );
      const open = page.locator('.heatmap th.heatmap__open');
      expect(await open.textContent()).toBe('Nov 26 (in progress)');
      await expect.poll(() => page.locator('.heatmap .heat--open').count()).toBeGreaterThan(50);
      expect(await page.locator('.legend').first().textContent()).toContain('Nov 2026: in progress, partial');
      await page
        .locator('.heatmap-wrap')
        .screenshot({ path: path.join(SCREENSHOTS, `sla-heatmap-open-${kind}.png`) });
      expect(await seriousViolations(page)).toEqual([]);

      // The filters keep it from page to page: the overview's month charts hatch or outline November.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
      await page.waitForURL(/\/overview\?open=1$/);
      expect(await settle(page)).toEqual([]);
      const spend = page.locator('[data-testid="chart"]', {
        has: page.getByRole('application', { name: 'Monthly spend, BPO and KPO' }),
      });
      expect(await spend.locator('figcaption').textContent()).toBe(
        'Nov 2026 is in progress (hatched): its figures are partial.',
      );
      expect(await spend.locator('.recharts-bar-rectangle path[fill^="url(#"]').count()).toBeGreaterThan(0);
      expect(await spend.locator('table tbody tr').last().locator('th').textContent()).toBe(
        'Nov 2026 (in progress)',
      );
      await spend.screenshot({ path: path.join(SCREENSHOTS, `chart-open-month-${kind}.png`) });
      await context.close();
    });
  },
);
