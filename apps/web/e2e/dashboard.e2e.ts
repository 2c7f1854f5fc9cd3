import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  apiQuery,
  contextAs,
  E2E_TODAY,
  e2eDatabases,
  openPage,
  SCREENSHOTS,
  useDashboard,
} from './harness.ts';

/** Every dashboard page, and how many charts it draws with the demo portfolio. */
const PAGES = [
  { path: '/overview', heading: 'Overview', charts: 4 },
  { path: '/slas', heading: 'SLA performance', charts: 1 },
  { path: '/bpo-savings', heading: 'BPO savings', charts: 6 },
  { path: '/kpo-insights', heading: 'KPO insight delivery', charts: 5 },
  { path: '/spend', heading: 'Spend', charts: 6 },
  { path: '/engagements', heading: 'Engagements', charts: 0 },
  { path: '/vendors', heading: 'Vendors', charts: 1 },
] as const;

/**
 * The default range on E2E_TODAY (2026-11-15): the last 12 closed months, November in progress left out.
 */
const LAST_12 = { from: '2025-11', to: '2026-10' };
const DRAWN = '.recharts-bar-rectangle, .recharts-line-curve, .recharts-area-area, circle';

/** Waits until no card is loading any more, then returns the texts of any error states. */
async function settle(page: Page): Promise<string[]> {
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('.state--loading').count(), { timeout: 30_000 }).toBe(0);
  return page.locator('.state--error').allInnerTexts();
}

/**
 * How many charts drew marks (bars, lines, areas or points), and how many are there. Charts draw one at a time, each
 * after the one before is painted (draw-turn.ts), so a page whose figures have all come may still have charts
 * waiting for their turn: they are waited for, up to 10 s, before the count is given.
 */
async function chartsDrawn(page: Page) {
  const charts = page.locator('[data-testid="chart"]');
  const countNow = async () => {
    const count = await charts.count();
    let drawn = 0;
    for (let i = 0; i < count; i++) {
      if ((await charts.nth(i).locator(DRAWN).count()) > 0) drawn++;
    }
    return { count, drawn };
  };
  const deadline = Date.now() + 10_000;
  let counted = await countNow();
  while (counted.drawn < counted.count && Date.now() < deadline) {
    await page.waitForTimeout(50);
    counted = await countNow();
  }
  return counted;
}

/** The tables wider than their frame, by name. */
function overflowingTables(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.table-wrap')]
      .filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1)
      .map((wrap) => wrap.querySelector('table')?.getAttribute('aria-label') ?? '?'),
  );
}

/** The exact figure of an overview tile by its label (the tile shows it short, e.g. "$30.46M"). */
function tile(page: Page, label: string) {
  const value = page
    .locator('.tile')
    .filter({ has: page.locator('.tile__label', { hasText: label }) })
    .locator('.tile__value');
  return { textContent: () => value.getAttribute('data-exact') };
}

/** Money as the dashboard writes it in the reporting currency (en-US, a minus sign before negatives). */
function money(page: Page, amount: string) {
  return page.evaluate(
    (value) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })
        .format(Number(value))
        .replace('-', '\u2212'),
    amount,
  );
}

/** The calls of a tRPC request, each as its procedure and input: a batch `/trpc/a,b?batch=1&input={"0":…}`. */
function callsOf(url: URL): string[] {
  const procedures = url.pathname.slice('/trpc/'.length).split(',');
  const inputs = JSON.parse(url.searchParams.get('input') ?? '{}') as Record<string, unknown>;
  const batched = url.searchParams.has('batch');
  return procedures.map(
    (procedure, index) => `${procedure} ${JSON.stringify(batched ? inputs[index] : inputs)}`,
  );
}

describe.each(e2eDatabases())('dashboard pages on %s', (kind) => {
  const app = useDashboard(kind);
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openPage(app.browser, app.dashboard, '/'));
  });

  it('opens the overview first', async () => {
    await page.waitForURL(/\/overview$/);
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    // The months appear once the server has said what today is.
    await expect.poll(() => page.getByTestId('range').textContent()).toBe('Nov 2025 – Oct 2026');
  });

  // Where the route starts the page's queries while its code loads, the page must then find them, not ask again.
  it.each([
    // Both summaries and months (the range and the year before), spend by type, the ten largest, savings, the top
    // breaches and the overdue deliverables.
    { path: '/overview', figures: 9 },
    // The summary, the grid, the breaches, the credit ledger, and the trend of the SLA the grid puts first.
    { path: '/slas', figures: 5 },
    // The summary, by vendor and by location, by category, by currency, the budget, its table, the credit notes.
    { path: '/spend', figures: 8 },
    // The summary, the savings trend, and the breakdowns by service line, vendor and location.
    { path: '/bpo-savings', figures: 5 },
    // The summary, the months' insight and the overdue deliverables.
    { path: '/kpo-insights', figures: 3 },
    { path: '/vendors', figures: 1 },
    // The list and each engagement's figures.
    { path: '/engagements', figures: 2 },
  ])(
    'asks for each of the figures of $path once, the route and the page asking alike',
    async ({ path: pagePath, figures: expected }) => {
      const fresh = await page.context().newPage();
      const asked: string[] = [];
      fresh.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/trpc/')) asked.push(...callsOf(url));
      });
      await fresh.goto(new URL(pagePath, app.dashboard.url).toString());
      expect(await settle(fresh)).toEqual([]);
      const figures = () =>
        asked.filter((call) => /^(report|savings|slas|insight|spend|vendors|engagements)\./.test(call));
      // Some are asked once others have come (the trend of the SLA the grid puts first).
      await expect.poll(() => figures().length).toBe(expected);
      expect(new Set(figures()).size).toBe(expected);
      await fresh.close();
    },
  );

  it.each(PAGES)('draws $path with data in every chart', async ({ path: pagePath, heading, charts }) => {
    await page.goto(new URL(pagePath, app.dashboard.url).toString());
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    expect(await settle(page)).toEqual([]);
    const drawn = await chartsDrawn(page);
    expect(drawn.count).toBeGreaterThanOrEqual(charts);
    expect(drawn.drawn).toBe(drawn.count);
    expect(await page.locator('.state--empty').allInnerTexts()).toEqual([]);
    // Nothing runs off the side of a 1280-pixel screen, and no table needs scrolling sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(await overflowingTables(page)).toEqual([]);
    await page.screenshot({
      path: path.join(SCREENSHOTS, `page${pagePath.replaceAll('/', '-')}-${kind}.png`),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });

  it('shows the figures report.portfolio gives, and new ones when a filter changes', async () => {
    await page.goto(new URL('/overview', app.dashboard.url).toString());
    expect(await settle(page)).toEqual([]);
    const all = await apiQuery<{ totals: { netCost: string; charges: string } }>(
      page,
      'report.portfolio',
      LAST_12,
    );
    expect(await tile(page, 'Net cost').textContent()).toBe(await money(page, all.totals.netCost));

    await page.getByLabel('Type').selectOption('KPO');
    await page.waitForURL(/type=KPO/);
    const kpo = await apiQuery<{ totals: { netCost: string; charges: string } }>(page, 'report.portfolio', {
      ...LAST_12,
      types: ['KPO'],
    });
    expect(kpo.totals.netCost).not.toBe(all.totals.netCost);
    const expected = await money(page, kpo.totals.netCost);
    await expect.poll(() => tile(page, 'Net cost').textContent()).toBe(expected);
    expect(await tile(page, 'Spend').textContent()).toBe(await money(page, kpo.totals.charges));

    // A custom range: the same, for the first half of 2026.
    const filters = page.getByRole('search', { name: 'Filters' });
    await filters.getByLabel('Range').selectOption('custom');
    await filters.getByLabel('From', { exact: true }).fill('2026-01');
    await filters.getByLabel('To', { exact: true }).fill('2026-06');
    await page.waitForURL(/from=2026-01&to=2026-06/);
    const half = await apiQuery<{ totals: { netCost: string } }>(page, 'report.portfolio', {
      from: '2026-01',
      to: '2026-06',
      types: ['KPO'],
    });
    await expect
      .poll(() => tile(page, 'Net cost').textContent())
      .toBe(await money(page, half.totals.netCost));
    expect(errors).toEqual([]);
  });

  it('keeps the filters in the address across pages, so a view can be bookmarked', async () => {
    await page.goto(new URL('/overview?range=ytd&type=BPO', app.dashboard.url).toString());
    await settle(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Spend' }).click();
    await page.waitForURL(/\/spend\?range=ytd&type=BPO$/);
    expect(await page.getByLabel('Type').inputValue()).toBe('BPO');
    await expect
      .poll(() => page.getByTestId('range').textContent())
      .toBe(`Jan ${E2E_TODAY.slice(0, 4)} – Oct 2026`);
    expect(await settle(page)).toEqual([]);
  });

  it('drills from a bar, a heatmap cell and a table row, keeping the filters', async () => {
    // A bar of spend by vendor opens the vendor.
    await page.goto(new URL('/spend?type=BPO', app.dashboard.url).toString());
    await settle(page);
    await page
      .locator('[role="application"][aria-label="Spend by vendor"] .recharts-bar-rectangle')
      .first()
      .click();
    await page.waitForURL(/\/vendors\/[^?]+\?type=BPO$/);
    await page
      .getByRole('heading', { name: 'Vendor scorecards' })
      .or(page.getByText('Score components'))
      .first()
      .waitFor();
    expect(await settle(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `vendor-detail-${kind}.png`), fullPage: true });

    // A breached cell of the heatmap opens the SLA.
    await page.goto(new URL('/slas?range=ytd', app.dashboard.url).toString());
    await settle(page);
    const cell = page.locator('.heatmap a[data-status="breached"]').first();
    const label = (await cell.getAttribute('aria-label')) ?? '';
    const [engagement = '', sla = ''] = label.split(',')[0]?.split(' ') ?? [];
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/slas/${engagement}/${sla}\\?range=ytd$`));
    await page.getByRole('heading', { name: 'Trend against the levels' }).waitFor();
    expect(await settle(page)).toEqual([]);
    expect((await chartsDrawn(page)).drawn).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, `sla-detail-${kind}.png`), fullPage: true });

    // A row of the engagements table opens the engagement, from the keyboard.
    await page.goto(new URL('/engagements?type=KPO', app.dashboard.url).toString());
    await settle(page);
    const row = page.getByRole('table', { name: 'Engagements' }).locator('tbody tr').first();
    const code = /ENG-\d+/.exec((await row.locator('td').first().textContent()) ?? '')?.[0] ?? '';
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/engagements/${code}\\?type=KPO$`));
    await page.getByRole('heading', { name: 'SLAs with trends' }).waitFor();
    expect(await settle(page)).toEqual([]);
    const drawn = await chartsDrawn(page);
    expect(drawn.count).toBeGreaterThanOrEqual(3);
    expect(drawn.drawn).toBe(drawn.count);
    await page.getByRole('heading', { name: 'Deliverables' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, `engagement-detail-${kind}.png`), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows empty states for a range without data, and an error state for an unknown engagement', async () => {
    await page.goto(new URL('/spend?range=custom&from=2019-01&to=2019-03', app.dashboard.url).toString());
    expect(await settle(page)).toEqual([]);
    expect(await page.locator('.state--empty').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-testid="chart"]').count()).toBe(0);
    expect(errors).toEqual([]);

    // A page of its own: the browser logs the API's 404 as a console error.
    const unknown = await openPage(app.browser, app.dashboard, '/engagements/ENG-999');
    await unknown.page.getByRole('alert').filter({ hasText: 'No engagement ENG-999' }).waitFor();
    await unknown.page.close();
  });

  it('exports a chart’s data as CSV', async () => {
    await page.goto(new URL('/overview', app.dashboard.url).toString());
    await settle(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV of Monthly spend, BPO and KPO' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('monthly-spend-bpo-and-kpo-2025-11-2026-10.csv');
    const file = await download.path();
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('Month,BPO,KPO');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^2025-11,\d+\.\d{2},\d+\.\d{2}$/);
    expect(errors).toEqual([]);
  });

  it('says when a page’s code cannot be loaded, reloads once for a newer build, and comes back', async () => {
    const context = await contextAs(app.browser, app.dashboard);
    const tab = await context.newPage();
    await tab.goto('/overview');
    await settle(tab);
    // A newer build has replaced the one this tab was opened on: the alerts page's code and the CSV writer are gone.
    const gone = /\/assets\/(alerts-page|csv)-[^/]+\.js$/;
    await tab.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));

    await tab.getByRole('button', { name: 'Export CSV of Monthly spend, BPO and KPO' }).click();
    await tab.getByRole('alert').filter({ hasText: 'Could not export: reload the page' }).waitFor();

    // The tab loads itself again once (the newer build would be there), then says what happened.
    const reloaded = tab.waitForEvent('load');
    await tab.getByRole('link', { name: /^Alerts/ }).click();
    await reloaded;
    await tab.waitForURL(/\/alerts$/);
    const failed = tab.getByRole('alert').filter({ hasText: 'Its code could not be loaded' });
    await failed.waitFor();
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('This page could not be shown');
    expect(await failed.textContent()).not.toMatch(/at |\.js:\d/);
    // The navigation stays; once the code is there, the button brings the page.
    await tab.getByRole('link', { name: 'Overview' }).waitFor();
    await tab.screenshot({ path: path.join(SCREENSHOTS, `page-code-missing-${kind}.png`) });
    await tab.unroute(gone);
    await tab.getByRole('button', { name: 'Reload the page' }).click();
    await tab.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    await context.close();
  });
});
