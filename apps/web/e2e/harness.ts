import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, startServer } from '@portfolio/api/testing';
import { createDb, migrateToLatest, seedDemo } from '@portfolio/db';
import { createScratchPostgres } from '@portfolio/db/testing';
import { type Browser, chromium, type Page } from 'playwright-core';

/** The date the browser suite treats as today, so the demo portfolio and every figure are the same on any day. */
export const E2E_TODAY = '2026-11-15';
const CHROMIUM = '/usr/bin/chromium';

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
 * Starts the real server (production mode, serving the built web app) on a free port over a fresh
 * database with the demo portfolio: embedded seeds itself on first start, PostgreSQL is seeded here.
 */
export async function startDashboard(kind: DatabaseKind): Promise<Dashboard> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portfolio-e2e-'));
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    PORT: '0',
    PORTFOLIO_DATA_DIR: dataDir,
    PORTFOLIO_TODAY: E2E_TODAY,
    LOG_LEVEL: 'warn',
  };
  let dropDatabase = async () => {};
  if (kind === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
    const scratch = await createScratchPostgres(adminUrl);
    dropDatabase = scratch.drop;
    const handle = await createDb({ databaseUrl: scratch.url });
    await migrateToLatest(handle.db);
    await seedDemo(handle.db, { today: E2E_TODAY });
    await handle.close();
    env.DATABASE_URL = scratch.url;
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

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (bash scripts/setup.sh)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Collects console errors and failed requests of a page, so a test can assert there were none. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * A new page of the dashboard at `path`, 1280 × 800 (a laptop screen), watched for console errors.
 * Every browser test opens pages through here, so what a visitor must do first (e.g. sign in) lives in one place.
 */
export async function openPage(browser: Browser, dashboard: Dashboard, path: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchForErrors(page);
  await page.goto(new URL(path, dashboard.url).toString());
  return { page, errors };
}

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../.artifacts/screenshots');
