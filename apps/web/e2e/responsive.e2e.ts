import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { overflow } from './every-page.ts';
import { contextAs, pageCheckDatabases, SCREENSHOTS, settle, useDashboard, VIEWPORTS } from './harness.ts';

describe.each(pageCheckDatabases())('phones and narrow screens on %s', (kind) => {
  const app = useDashboard(kind);

  it('opens the navigation as a drawer from the menu button on a phone, and closes it on the way', async () => {
    const context = await contextAs(app.browser, app.dashboard, { viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto('/overview?type=BPO');
    await settle(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await drawer.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: path.join(SCREENSHOTS, `phone-drawer-${kind}.png`) });
    // Escape closes it; a link followed closes it and keeps the filters.
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await menu.click();
    await drawer.getByRole('link', { name: 'Spend' }).click();
    await page.waitForURL(/\/spend\?type=BPO$/);
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await context.close();
  });

  it('folds the filters into a sheet on a phone, and scrolls wide tables inside their card', async () => {
    const context = await contextAs(app.browser, app.dashboard, { viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto('/slas');
    await settle(page);
    // The Vendor filter's select (heatmap cells whose vendor's note mentions a vendor carry the word too).
    expect(await page.getByRole('combobox', { name: /^Vendor/ }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Filters' }).click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await sheet.getByLabel('Type').selectOption('KPO');
    await page.waitForURL(/type=KPO/);
    await page.screenshot({ path: path.join(SCREENSHOTS, `phone-filter-sheet-${kind}.png`) });
    await sheet.getByRole('button', { name: 'Show results' }).click();
    await expect.poll(() => sheet.isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Filters (1)' }).count()).toBe(1);
    await settle(page);
    // The heatmap and the tables are wider than a phone: they scroll inside their card, the page does not.
    const heatmap = await page
      .locator('.heatmap-wrap')
      .evaluate((wrap) => ({ inner: wrap.scrollWidth, frame: wrap.clientWidth }));
    expect(heatmap.inner).toBeGreaterThan(heatmap.frame);
    const measured = await overflow(page);
    expect(measured.pageWidth).toBeLessThanOrEqual(measured.windowWidth);
    await context.close();
  });

  it('shows money on tiles short enough to fit at 1440 and 1920 px, the exact amount in its tooltip', async () => {
    for (const width of [1440, 1920]) {
      const context = await contextAs(app.browser, app.dashboard, { viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto('/overview?range=custom&from=2024-12&to=2026-11');
      await settle(page);
      const spend = page.locator('.tile', { hasText: 'Spend' }).first().getByTestId('tile-value');
      const exact = (await spend.getAttribute('data-exact')) ?? '';
      expect(exact).toMatch(/^\$\d{1,3}(,\d{3})+\.\d{2}$/);
      expect(await spend.getAttribute('title')).toBe(exact);
      expect(await spend.locator('[aria-hidden="true"]').textContent()).toMatch(/^\$\d+(\.\d{1,2})?[KMB]$/);
      expect(await spend.locator('.sr-only').textContent()).toBe(exact);
      expect((await overflow(page)).cutTiles).toEqual([]);
      await context.close();
    }
  });
});
