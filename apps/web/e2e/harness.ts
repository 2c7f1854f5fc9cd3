import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDemoAdmin, DEMO_ADMIN_EMAIL, loadConfig, startServer } from '@portfolio/api/testing';
import { createDb, migrateToLatest, seedDemo } from '@portfolio/db';
import { createScratchPostgres } from '@portfolio/db/testing';
import { type Browser, type BrowserContext, type Cookie, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

/** The date the browser suite treats as today, so the demo portfolio and every figure are the same on any day. */
export const E2E_TODAY = '2026-11-15';

/** The demo administrator's password in the browser suite. */
export const E2E_PASSWORD = 'e2e-demo-password';
export const E2E_ADMIN = { email: DEMO_ADMIN_EMAIL, password: E2E_PASSWORD };

export interface Dashboard {
  url: string;
  close(): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

/** The databases the browser suite runs on; under CI PostgreSQL is required, never skipped. */
export function e2eDatabases(): DatabaseKind[] {
  if (!process.env.TEST_DATABASE_URL && process.env.CI) {
    throw new Error('CI requires TEST_DATABASE_URL: the PostgreSQL browser suite may not be skipped');
  }
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Whether checks of the page itself run on this database: layout at a size, the keyboard, accessibility, how dates
 * and axes are written. The page is the same over either database (both hold the same demo portfolio, and the
 * figures, writes and imports are checked on both), so these run once, on the embedded database, which always runs:
 * the browser suite is bound by the CPU, and a pass on PostgreSQL would repeat them (docs/architecture.md, "Tests").
 */
export const checksThePage = (kind: DatabaseKind) => kind === 'pglite';

/** The databases of a file whose every test checks the page itself. */
export const pageCheckDatabases = (): DatabaseKind[] => e2eDatabases().filter(checksThePage);

/** `it` for a check of the page itself inside a block that runs on both databases: declared on the embedded one only. */
export function itOnPage(kind: DatabaseKind) {
  return (name: string, test: () => Promise<void>, timeout?: number) => {
    if (checksThePage(kind)) it(name, test, timeout);
  };
}

/**
 * Starts the real server (production mode, serving the built web app) on a free port over a fresh database with
 * the demo portfolio: a copy of the run's seeded template (global-setup.ts), or with `firstStart` an empty folder
 * that the embedded server seeds itself, as on a user's first `pnpm start`.
 */
export async function startDashboard(
  kind: DatabaseKind,
  { firstStart = false }: { firstStart?: boolean } = {},
): Promise<Dashboard> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portfolio-e2e-'));
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    PORT: '0',
    PORTFOLIO_DATA_DIR: dataDir,
    PORTFOLIO_TODAY: E2E_TODAY,
    LOG_LEVEL: 'warn',
    PORTFOLIO_PASSWORD: E2E_PASSWORD,
  };
  let dropDatabase = async () => {};
  if (kind === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
    const template = firstStart ? undefined : inject('e2ePostgresTemplate');
    const scratch = await createScratchPostgres(adminUrl, template);
    dropDatabase = scratch.drop;
    if (!template) {
      const handle = await createDb({ databaseUrl: scratch.url, connectTimeoutMs: 60_000 });
      await migrateToLatest(handle.db);
      await seedDemo(handle.db, { today: E2E_TODAY });
      await createDemoAdmin(handle.db, E2E_PASSWORD);
      await handle.close();
    }
    env.DATABASE_URL = scratch.url;
    // As on any PostgreSQL deployment: every API process seals webhook URLs with the same key.
    env.PORTFOLIO_SECRET_KEY = randomBytes(32).toString('hex');
  } else {
    const template = firstStart ? undefined : inject('e2ePgliteFolder');
    if (template) cpSync(template, dataDir, { recursive: true });
  }
  const server = await startServer(loadConfig(env));
  return {
    url: server.url,
    async close() {
      await server.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A dashboard of the kind and a browser for one `describe` block: started before its tests, closed after them.
 * Read `app.dashboard` and `app.browser` inside hooks and tests (they exist once `beforeAll` has run).
 */
export function useDashboard(kind: DatabaseKind, options: { firstStart?: boolean } = {}) {
  const app = {} as { dashboard: Dashboard; browser: Browser };
  beforeAll(async () => {
    [app.dashboard, app.browser] = await Promise.all([startDashboard(kind, options), launchBrowser()]);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.dashboard?.close();
  });
  return app;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (bash scripts/setup.sh)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', ...CHROMIUM_ARGS],
  });
}

/**
 * Collects a page's console errors and warnings (a failed request is logged as an error), so a test can assert there
 * were none: a warning is the page's code saying something is wrong, to anyone who opens the console.
 */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    if (message.type() === 'warning') errors.push(`warning: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * A new page of the dashboard at `path`, 1280 × 800 (a laptop screen), watched for console errors.
 * Every browser test opens pages through here, so what a visitor must do first (e.g. sign in) lives in one place.
 */
export async function openPage(browser: Browser, dashboard: Dashboard, path: string) {
  const context = await signedIn(browser, dashboard);
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(new URL(path, dashboard.url).toString());
  return { page, errors };
}

const signedInContexts = new WeakMap<Dashboard, Promise<BrowserContext>>();

/** One browser context per dashboard, signed in as the demo admin, shared by the pages `openPage` opens. */
function signedIn(browser: Browser, dashboard: Dashboard): Promise<BrowserContext> {
  let context = signedInContexts.get(dashboard);
  if (!context) {
    context = contextAs(browser, dashboard);
    signedInContexts.set(dashboard, context);
  }
  return context;
}

type Credentials = { email: string; password: string };
const sessions = new WeakMap<Dashboard, Map<string, Promise<Cookie[]>>>();

/**
 * A user's session cookie on a dashboard. Each user signs in once per dashboard and every context of theirs starts
 * with the cookie: a sign-in is a full scrypt hash (≈0.4 s of a core), and the suite opens a hundred contexts.
 */
function sessionOf(browser: Browser, dashboard: Dashboard, user: Credentials): Promise<Cookie[]> {
  let byUser = sessions.get(dashboard);
  if (!byUser) {
    byUser = new Map();
    sessions.set(dashboard, byUser);
  }
  let cookies = byUser.get(user.email);
  if (!cookies) {
    cookies = (async () => {
      const context = await browser.newContext({ baseURL: dashboard.url });
      try {
        const answer = await context.request.post('/trpc/auth.signIn', {
          data: user,
          headers: { 'x-portfolio-request': '1' },
        });
        if (!answer.ok()) throw new Error(`sign-in of ${user.email} failed: ${answer.status()}`);
        return (await context.storageState()).cookies;
      } finally {
        await context.close();
      }
    })();
    byUser.set(user.email, cookies);
  }
  return cookies;
}

/** Calls a query procedure as the page's signed-in user, to compare what the page shows with what the API says. */
export async function apiQuery<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await page.request.get(`/trpc/${path}${query}`);
  if (!response.ok()) throw new Error(`${path} answered ${response.status()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../.artifacts/screenshots');

/** A phone (390 × 844) and a laptop (1440 × 900): the sizes every page is checked at. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1440, height: 900 },
} as const;

/** Adds a user of a role through the admin's API (the demo admin's signed-in context); its password is returned. */
export async function addUser(
  browser: Browser,
  dashboard: Dashboard,
  user: { email: string; role: 'admin' | 'ops' | 'finance' | 'viewer' },
): Promise<{ email: string; password: string }> {
  const admin = await signedIn(browser, dashboard);
  const password = `${user.role}-password-1`;
  const answer = await admin.request.post('/trpc/admin.createUser', {
    data: { email: user.email, name: user.email.split('@')[0], role: user.role, password },
    headers: { 'x-portfolio-request': '1' },
  });
  if (!answer.ok()) throw new Error(`adding ${user.email} failed: ${answer.status()}`);
  return { email: user.email, password };
}

/**
 * A new browser context signed in as a user (the demo admin unless given), at a viewport. `bypassCSP` lets a test
 * inject a script the page's strict Content Security Policy would refuse (axe-core).
 */
export async function contextAs(
  browser: Browser,
  dashboard: Dashboard,
  options: {
    user?: Credentials;
    viewport?: { width: number; height: number };
    bypassCSP?: boolean;
  } = {},
): Promise<BrowserContext> {
  const cookies = await sessionOf(browser, dashboard, options.user ?? E2E_ADMIN);
  return browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    baseURL: dashboard.url,
    bypassCSP: options.bypassCSP ?? false,
    storageState: { cookies, origins: [] },
  });
}

/** Waits until the page's heading is there and no card is loading; gives the texts of any error states. */
export async function settle(page: Page): Promise<string[]> {
  await page.locator('main h1').first().waitFor();
  const deadline = Date.now() + 30_000;
  while ((await page.locator('.state--loading').count()) > 0) {
    if (Date.now() > deadline) throw new Error(`still loading: ${page.url()}`);
    await page.waitForTimeout(100);
  }
  return page.locator('.state--error').allInnerTexts();
}
