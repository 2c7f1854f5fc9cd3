import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_ADMIN, e2eDatabases, SCREENSHOTS, useDashboard, watchForErrors } from './harness.ts';

describe.each(e2eDatabases())('signing in and out on %s', (kind) => {
  const app = useDashboard(kind, { firstStart: true });

  it('sends a visitor to sign in, back to the page asked for, and out again', async () => {
    // A fresh context: no session cookie.
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${app.dashboard.url}/engagements`);
    await page.waitForURL(/\/sign-in\?next=%2Fengagements$/);
    await page.getByRole('heading', { name: 'Outsourcing Portfolio' }).waitFor();

    await page.getByLabel('Email').fill(E2E_ADMIN.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Incorrect email or password' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, `sign-in-${kind}.png`) });

    await page.getByLabel('Password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/engagements$/);
    await page.getByRole('table', { name: 'Engagements' }).waitFor();
    await expect.poll(() => page.locator('.user-menu').textContent()).toContain('admin');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    // The session is gone: going back to a page sends the visitor to sign in again.
    await page.goto(`${app.dashboard.url}/engagements`);
    await page.waitForURL(/\/sign-in\?next=/);
    // The failed sign-in and the unauthenticated loads answer 401 by design; nothing else may fail.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });
});
