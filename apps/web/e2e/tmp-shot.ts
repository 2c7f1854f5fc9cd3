import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({
  viewport: { width: 1280, height: 800 },
  baseURL: 'http://localhost:3999',
});
await context.request.post('/trpc/auth.signIn', {
  data: { email: 'admin@example.com', password: 'e2e-demo-password' },
  headers: { 'x-portfolio-request': '1' },
});
const page = await context.newPage();
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console:', m.text());
});
page.on('response', async (r) => {
  if (r.status() >= 400)
    console.log('HTTP', r.status(), r.url().slice(0, 200), (await r.text()).slice(0, 400));
});
const path = process.argv[2] ?? '/overview';
await page.goto(`http://localhost:3999${path}`);
await page.waitForTimeout(4000);
await page.screenshot({ path: `/tmp/shot.png`, fullPage: true });
await browser.close();
