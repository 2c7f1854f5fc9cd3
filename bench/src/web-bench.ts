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
const DRAWN_SHAPE = '.recharts-surface .recharts-layer path, .recharts-surface .recharts-rectangle';

/** A signed-in server of the dashboard to load pages from. */
export type SignedIn = { url: string; cookie: string };

const SHOWN = 'shown at ';

/**
 * Milliseconds from navigation to the frame that first shows an element matching `selector` (in the page's own
 * clock), in a new context of the browser (nothing cached), with `cookie` if given.
 *
 * Timed in the page, in the frame that paints it, by a few lines run before the page's own scripts, which say when
 * over the console. Not by Playwright's `waitForFunction`: that puts its own 330 KB script into the page and
 * compiles it on the page's main thread while the page loads, which took 121 ms of a cold overview (the median of 20
 * pairs of loads, sooner in 16 without it), nor by a reply over the DevTools protocol, which waits until the page's
 * main thread is free again (the next chart being drawn).
 */
async function shownOnce(browser: Browser, url: string, selector: string, cookie?: string): Promise<number> {
  const context = await browser.newContext();
  try {
    if (cookie) {
      const [name = '', value = ''] = cookie.split('=');
      await context.addCookies([{ name, value, url }]);
    }
    await context.addInitScript(`(() => {
      const look = () => {
        const element = document.querySelector(${JSON.stringify(selector)});
        if (element && element.getBoundingClientRect().width > 0) console.debug(${JSON.stringify(SHOWN)} + performance.now());
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    })();`);
    const page = await context.newPage();
    const said = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith(SHOWN),
      timeout: 120_000,
    });
    await page.goto(url, { waitUntil: 'commit' });
    return Number((await said).text().slice(SHOWN.length));
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from navigation to the first chart drawn on the overview (a Recharts surface holding a drawn
 * shape), in a new context of the browser (nothing cached), signed in by the session cookie.
 */
export function firstChartOnce(browser: Browser, { url, cookie }: SignedIn): Promise<number> {
  return shownOnce(browser, `${url}/overview`, DRAWN_SHAPE, cookie);
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
 * is (a new context, the same watching): what any page costs this browser on this machine, the floor beneath the
 * overview's first chart.
 */
function emptyPageOnce(browser: Browser, url: string): Promise<number> {
  return shownOnce(browser, url, 'p');
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
