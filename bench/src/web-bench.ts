import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../apps/web/e2e/chromium.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(ROOT, 'apps/web/dist');

/** Builds the web app as production serves it. */
export function buildWeb(): void {
  execFileSync('pnpm', ['--silent', '--filter', '@portfolio/web', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

/**
 * The JavaScript a first visit downloads before anything is drawn: the entry script of index.html and the chunks
 * it preloads, gzipped (pages and charts are separate chunks, loaded when opened).
 */
export function initialJsGzipBytes(): { bytes: number; files: string[] } {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  const bytes = files.reduce(
    (total, file) => total + gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length,
    0,
  );
  return { bytes, files };
}

/** A shape a drawn Recharts chart holds: a line's path, a bar. */
// The check runs in the page; the bench is compiled without the DOM's types, so it names the little it uses.
type InPage = {
  document: { querySelector(selector: string): { getBoundingClientRect(): { width: number } } | null };
};
const DRAWN_SHAPE = '.recharts-surface .recharts-layer path, .recharts-surface .recharts-rectangle';

/** A signed-in server of the dashboard to load pages from. */
export type SignedIn = { url: string; cookie: string };

/**
 * Milliseconds from navigation to the first chart drawn on the overview (a Recharts surface holding a drawn
 * shape), in a new context of the browser (nothing cached), signed in by the session cookie.
 */
export async function firstChartOnce(browser: Browser, { url, cookie }: SignedIn): Promise<number> {
  const context = await browser.newContext();
  try {
    const [name = '', value = ''] = cookie.split('=');
    await context.addCookies([{ name, value, url }]);
    const page = await context.newPage();
    await page.goto(`${url}/overview`, { waitUntil: 'commit' });
    // Timed in the page, in the frame that paints it: a reply over the DevTools protocol would wait until the
    // page's main thread is free again (the next chart being drawn), which is not when this one was seen.
    const drawn = await page.waitForFunction(
      (selector) => {
        const shape = (globalThis as unknown as InPage).document.querySelector(selector);
        return shape && shape.getBoundingClientRect().width > 0 ? performance.now() : false;
      },
      DRAWN_SHAPE,
      { polling: 'raf', timeout: 120_000 },
    );
    return (await drawn.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** Chromium as the browser tests run it, closed after `use`. */
export async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Milliseconds from navigation to the first frame of a page with nothing in it but a word, timed as the first chart
 * is (a new context, the same waiting): what any page costs this browser on this machine, the floor beneath the
 * overview's first chart. On 2026-12-07 it was 160–270 ms here.
 */
async function emptyPageOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const shown = await page.waitForFunction(
      () => ((globalThis as unknown as InPage).document.querySelector('p') ? performance.now() : false),
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    return (await shown.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** A server on loopback answering every request with an empty page, closed after `use`. */
async function withEmptyPage<T>(use: (url: string) => Promise<T>): Promise<T> {
  const server = createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html lang="en"><title>Empty</title><p>Empty</p></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    server.close();
  }
}

/**
 * The first chart of `runs` cold loads (firstChartOnce), each after a cold load of an empty page (emptyPageOnce)
 * so that both see the machine as it is then, after one untimed load of each: the browser's own start-up (its first
 * page took 0.2–0.6 s longer here, whatever the page) is not the dashboard's, and a user's browser is already
 * running. Nine loads: on this 2-core machine one load of the same build took from 540 to 930 ms, and the median of
 * five moved by 50 ms from one run to the next.
 */
export function firstChartLoads(
  server: SignedIn,
  runs = 9,
): Promise<{ chart: number[]; emptyPage: number[] }> {
  return withEmptyPage((emptyUrl) =>
    withChromium(async (browser) => {
      await emptyPageOnce(browser, emptyUrl);
      await firstChartOnce(browser, server);
      const chart: number[] = [];
      const emptyPage: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        emptyPage.push(await emptyPageOnce(browser, emptyUrl));
        chart.push(await firstChartOnce(browser, server));
      }
      return { chart, emptyPage };
    }),
  );
}
