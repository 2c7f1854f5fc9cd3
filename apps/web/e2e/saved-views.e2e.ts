import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import {
  addUser,
  contextAs,
  e2eDatabases,
  itOnPage,
  SCREENSHOTS,
  settle,
  useDashboard,
  VIEWPORTS,
  watchForErrors,
} from './harness.ts';

const NAME = 'Offshore BPO, this FY';
const SEARCH = '?range=fy&type=BPO&location=offshore';

describe.each(e2eDatabases())('saved views on %s', (kind) => {
  const app = useDashboard(kind);

  it('names the page and its filters, finds it again in the menu, shares it by link, deletes it', async () => {
    const context = await contextAs(app.browser, app.dashboard, { bypassCSP: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.dashboard.url });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`/bpo-savings${SEARCH}`);
    await settle(page);

    const menu = page.getByRole('button', { name: 'Saved views' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const panel = page.getByRole('region', { name: 'Saved views' });
    await panel.getByText('No saved views yet').waitFor();
    await panel.getByLabel('Name this page and its filters').fill(NAME);
    await panel.getByRole('button', { name: 'Save view' }).click();
    await panel.getByText(`Saved "${NAME}"`).waitFor();
    await panel.getByRole('link', { name: NAME }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `saved-views-${kind}.png`) });

    // The same name again is refused, beside the name.
    await panel.getByLabel('Name this page and its filters').fill(NAME);
    await panel.getByRole('button', { name: 'Save view' }).click();
    await panel
      .getByRole('alert')
      .filter({ hasText: `You already have a view named "${NAME}"` })
      .waitFor();

    // From another page with other filters, the view opens its page with its filters.
    await page.goto('/overview');
    await settle(page);
    await page.getByRole('button', { name: 'Saved views' }).click();
    await page.getByRole('region', { name: 'Saved views' }).getByRole('link', { name: NAME }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/bpo-savings');
    expect(new URL(page.url()).searchParams.get('location')).toBe('offshore');
    // The options arrive with the page's data: the select shows the value once they have.
    await expect
      .poll(() => page.locator('search.filter-bar').getByLabel('Location').inputValue())
      .toBe('offshore');

    // Its link, copied, opens the same page and filters for another user, who has no views of their own.
    await page.getByRole('button', { name: 'Saved views' }).click();
    const reopened = page.getByRole('region', { name: 'Saved views' });
    await reopened.getByRole('button', { name: `Copy link to ${NAME}` }).click();
    await reopened.getByText('Copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${app.dashboard.url}/bpo-savings${SEARCH}`);
    const viewer = await addUser(app.browser, app.dashboard, {
      email: `viewer-${kind}@example.com`,
      role: 'viewer',
    });
    const other = await contextAs(app.browser, app.dashboard, { user: viewer });
    const shared = await other.newPage();
    await shared.goto(link);
    await settle(shared);
    await expect
      .poll(() => shared.locator('search.filter-bar').getByLabel('Location').inputValue())
      .toBe('offshore');
    await shared.getByRole('button', { name: 'Saved views' }).click();
    await shared.getByText('No saved views yet').waitFor();
    await other.close();

    // Deleted, it leaves the menu.
    await reopened.getByRole('button', { name: `Delete ${NAME}` }).click();
    await reopened.getByText('No saved views yet').waitFor();
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
    await context.close();
  });

  itOnPage(kind)('fits a phone without scrolling sideways', async () => {
    const context = await contextAs(app.browser, app.dashboard, { viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`/slas${SEARCH}`);
    await settle(page);
    await page.getByRole('button', { name: 'Saved views' }).click();
    const panel = page.getByRole('region', { name: 'Saved views' });
    await panel.getByLabel('Name this page and its filters').fill('A rather long name for a view on a phone');
    await panel.getByRole('button', { name: 'Save view' }).click();
    await panel.getByRole('link', { name: 'A rather long name for a view on a phone' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
