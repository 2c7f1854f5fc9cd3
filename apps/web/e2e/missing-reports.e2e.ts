import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import {
  apiQuery,
  contextAs,
  e2eDatabases,
  itOnPage,
  SCREENSHOTS,
  settle,
  useDashboard,
  VIEWPORTS,
} from './harness.ts';

type Answer = {
  months: { from: string | null; to: string | null };
  vendors: { vendor: string; slaMonths: number; request: { subject: string; body: string } }[];
  rows: { vendor: string; engagement: string; sla: string; period: string }[];
};

describe.each(e2eDatabases())('missing reports on %s', (kind) => {
  const app = useDashboard(kind);

  it('lists the SLA-months the API gives, and offers each vendor a request to send or copy', async () => {
    const context = await contextAs(app.browser, app.dashboard);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto('/missing-reports?range=custom&from=2025-12&to=2026-11&type=BPO');
    expect(await settle(page)).toEqual([]);

    const info = await apiQuery<{ today: string }>(page, 'meta.info');
    const table = page.getByRole('table', { name: 'Missing SLA reports' });
    const months = await page.getByTestId('missing-months').textContent();
    expect(months).toContain('Closed months');
    const answer = await apiQuery<Answer>(page, 'slas.missingReports', {
      types: ['BPO'],
      from: '2025-12',
      to: '2026-11',
    });
    // The open month is never listed.
    expect(answer.rows.every((r) => r.period < info.today.slice(0, 7))).toBe(true);
    expect(answer.rows.length).toBeGreaterThan(0);
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(answer.rows.length);

    const [first] = answer.vendors;
    if (!first) throw new Error('no vendor with missing reports in the demo');
    const request = page.getByRole('region', { name: `Request to ${first.vendor}` });
    const mail = request.getByRole('link', { name: `Email request to ${first.vendor}` });
    const href = (await mail.getAttribute('href')) ?? '';
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(new URL(href).searchParams.get('body')).toBe(first.request.body.replace(/\n/g, '\r\n'));

    await request.getByRole('button', { name: `Copy request to ${first.vendor}` }).click();
    await request.getByText('Copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`Subject: ${first.request.subject}\n\n${first.request.body}`);

    await page.screenshot({ path: path.join(SCREENSHOTS, `missing-reports-${kind}.png`), fullPage: true });
    await context.close();
  });

  it('exports the table as CSV and passes axe', async () => {
    const context = await contextAs(app.browser, app.dashboard, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/missing-reports');
    expect(await settle(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV of Missing SLA reports' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    expect(
      text
        .split('\n')[0]
        ?.replace(/^\uFEFF/, '')
        .trim(),
    ).toBe('Vendor,Engagement,Engagement name,SLA,SLA name,Month,Days since closed');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  itOnPage(kind)('fits a phone without sideways scrolling', async () => {
    const context = await contextAs(app.browser, app.dashboard, { viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto('/missing-reports');
    expect(await settle(page)).toEqual([]);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    await page.screenshot({ path: path.join(SCREENSHOTS, `missing-reports-phone-${kind}.png`) });
    await context.close();
  });
});
