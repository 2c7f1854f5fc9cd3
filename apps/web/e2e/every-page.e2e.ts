import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { type DashboardPage, everyPage, overflow } from './every-page.ts';
import {
  checksThePage,
  contextAs,
  e2eDatabases,
  SCREENSHOTS,
  settle,
  useDashboard,
  VIEWPORTS,
  watchForErrors,
} from './harness.ts';

// One pass over every page at each size, checking at each stop what a phone user, a keyboard or screen-reader user
// and anyone reading the console would meet: each page is loaded once for all of it. Layout and accessibility are
// the page's, not the database's (both hold the same demo portfolio, and the figures are compared elsewhere), so
// they are checked on the embedded database, which always runs; on PostgreSQL each page is loaded once, at the
// laptop size, and must settle without an error, fit its window and log nothing.
describe.each(e2eDatabases())('every page, phone to laptop, on %s', (kind) => {
  const app = useDashboard(kind);
  const whole = checksThePage(kind);
  const sizes = Object.entries(VIEWPORTS).filter(([size]) => whole || size === 'laptop');
  let pages: DashboardPage[];

  beforeAll(async () => {
    const context = await contextAs(app.browser, app.dashboard);
    const page = await context.newPage();
    await page.goto('/overview');
    pages = await everyPage(page);
    await context.close();
  });

  it.each(sizes)(
    `at the %s size: no sideways scrolling, no cut tile, no console error or warning${whole ? ', no serious or critical WCAG 2.2 A/AA violation' : ''}`,
    async (size, viewport) => {
      // The page's Content Security Policy refuses injected scripts: this context lets axe in.
      const context: BrowserContext = await contextAs(app.browser, app.dashboard, {
        viewport,
        bypassCSP: true,
      });
      const page = await context.newPage();
      const errors = watchForErrors(page);
      const problems: string[] = [];
      for (const { name, path: pagePath } of [
        ...pages,
        { name: 'sign-in', path: '/sign-in?next=%2Foverview' },
      ]) {
        await page.goto(pagePath);
        if (name === 'sign-in') {
          await page.getByRole('button', { name: 'Sign in' }).waitFor();
        } else {
          const failed = await settle(page);
          if (failed.length > 0) problems.push(`${pagePath}: ${failed.join('; ')}`);
        }
        const measured = await overflow(page);
        if (measured.pageWidth > measured.windowWidth) {
          problems.push(`${pagePath} is ${measured.pageWidth} px wide: ${measured.wide.join(', ')}`);
        }
        if (measured.cutTiles.length > 0) problems.push(`${pagePath} cuts ${measured.cutTiles.join(', ')}`);
        if (!whole) continue;
        for (const violation of await seriousViolations(page)) problems.push(`${pagePath}: ${violation}`);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `${size}-${name}-${kind}.png`),
          fullPage: true,
        });
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    // Two dozen pages, each loaded whole and read by axe.
    420_000,
  );
});
