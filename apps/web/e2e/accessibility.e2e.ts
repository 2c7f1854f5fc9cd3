import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contextAs, pageCheckDatabases, settle, useDashboard } from './harness.ts';

/** The elements inside `root` that Tab stops at. */
function tabStops(page: Page, selector: string) {
  return page
    .locator(selector)
    .evaluateAll((roots) =>
      roots.map(
        (root) =>
          [
            ...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
          ].filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled).length,
      ),
    );
}

describe.each(pageCheckDatabases())('accessibility on %s', (kind) => {
  const app = useDashboard(kind);

  it('offers a skip link first, and shows where the keyboard is', async () => {
    const context = await contextAs(app.browser, app.dashboard);
    const page = await context.newPage();
    await page.goto('/overview');
    await settle(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // From the top again: the next stops are the navigation's links, each with a visible ring.
    await page.goto('/overview');
    await settle(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return {
        text: element.textContent,
        style: style.outlineStyle,
        width: Number.parseFloat(style.outlineWidth),
      };
    });
    expect(ring.text).toBe('Overview');
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('makes each chart one tab stop: arrows move between points, each announced, Enter drills down', async () => {
    const context = await contextAs(app.browser, app.dashboard);
    const page = await context.newPage();
    await page.goto('/overview?type=BPO');
    await settle(page);
    const stops = await tabStops(page, '[data-testid="chart"]');
    expect(stops.length).toBeGreaterThanOrEqual(4);
    expect(stops.every((count) => count === 1)).toBe(true);

    const chart = page.getByRole('application', { name: 'Largest engagements by net cost' });
    const figure = page.locator('[data-testid="chart"]', { has: chart });
    const announced = figure.getByTestId('chart-announcement');
    await chart.focus();
    await expect.poll(() => announced.textContent()).toMatch(/^ENG-\d+: Net cost \$[\d,]+\.\d{2}$/);
    const first = (await announced.textContent()) ?? '';
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announced.textContent()).not.toBe(first);
    const second = /^(ENG-\d+)/.exec((await announced.textContent()) ?? '')?.[1] ?? '';
    // The data as a table for screen readers: every bar, every figure exact.
    const table = figure.locator('table');
    expect(await table.locator('caption').textContent()).toBe('Largest engagements by net cost, as a table');
    expect(await table.locator('tbody tr').count()).toBe(10);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/engagements/${second}\\?type=BPO$`));

    // A month chart: arrows move month by month, End to the last (October: the default range ends with the last
    // closed month, November being in progress).
    await page.goto('/overview');
    await settle(page);
    const spend = page.getByRole('application', { name: 'Monthly spend, BPO and KPO' });
    await spend.focus();
    await page.keyboard.press('End');
    const spendAnnounced = page
      .locator('[data-testid="chart"]', { has: spend })
      .getByTestId('chart-announcement');
    await expect
      .poll(() => spendAnnounced.textContent())
      .toMatch(/^Oct 2026: BPO \$[\d,]+\.\d{2}, KPO \$[\d,]+\.\d{2}$/);
    await context.close();
  });

  it('makes the SLA heatmap one tab stop with arrow keys between its cells', async () => {
    const context = await contextAs(app.browser, app.dashboard);
    const page = await context.newPage();
    await page.goto('/slas');
    await settle(page);
    expect(await tabStops(page, '.heatmap')).toEqual([1]);
    const first = page.locator('.heatmap [data-cell="0:0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('1:1');
    expect(await tabStops(page, '.heatmap')).toEqual([1]);
    await context.close();
  });

  it('applies a filter dropdown when the choice is committed, not at every arrow step', async () => {
    const context = await contextAs(app.browser, app.dashboard);
    const page = await context.newPage();
    await page.goto('/overview');
    await settle(page);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/trpc/')) requests.push(request.url());
    });
    const vendor = page.getByRole('search', { name: 'Filters' }).getByLabel('Vendor');
    await vendor.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    expect(page.url()).not.toContain('vendor=');
    expect(requests).toEqual([]);
    const chosen = await vendor.inputValue();
    expect(chosen).not.toBe('');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`vendor=${encodeURIComponent(chosen).replaceAll('%20', '\\+')}`));
    await settle(page);
    expect(requests.length).toBeGreaterThan(0);
    await context.close();
  });
});
