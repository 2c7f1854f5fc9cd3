import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiQuery, e2eDatabases, openPage, SCREENSHOTS, useDashboard } from './harness.ts';

describe.each(e2eDatabases())('dashboard shell on %s', (kind) => {
  const app = useDashboard(kind);

  it('answers the health check', async () => {
    const response = await fetch(`${app.dashboard.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('shows the demo engagements from the API, and filters them', async () => {
    const { page, errors } = await openPage(app.browser, app.dashboard, '/engagements');
    const table = page.getByRole('table', { name: 'Engagements' });
    await table.waitFor();

    const engagements = await apiQuery<{ code: string; name: string; vendor: string }[]>(
      page,
      'engagements.list',
    );
    expect(engagements.length).toBeGreaterThanOrEqual(25);
    const bodyRows = table.locator('tbody tr');
    expect(await bodyRows.count()).toBe(engagements.length);
    const first = engagements[0];
    if (!first) throw new Error('no engagements');
    await expect.poll(() => bodyRows.first().textContent()).toContain(first.code);
    expect(await bodyRows.first().textContent()).toContain(first.vendor);
    await page.screenshot({ path: path.join(SCREENSHOTS, `engagements-${kind}.png`), fullPage: false });

    // The shared type filter asks the API again: wait for the KPO engagements alone.
    await page.getByLabel('Type').selectOption('KPO');
    await expect
      .poll(async () => {
        const kpoRows = await bodyRows.allInnerTexts();
        return kpoRows.length > 0 && kpoRows.every((row) => row.includes('KPO'));
      })
      .toBe(true);

    await page.getByLabel('Search', { exact: true }).fill('no such engagement');
    await page.getByText('No engagement matches the filter.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers an unknown address with the not-found page', async () => {
    const { page, errors } = await openPage(app.browser, app.dashboard, '/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
