import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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
  watchForErrors,
} from './harness.ts';

type Sla = { code: string; kind: string; direction: string; expected: string; minimum: string | null };
type Figures = { creditsOwed: string; creditsPending: string; netCost: string };

/** The default range of the pages: the last 12 closed months on E2E_TODAY 2026-11-15 (November in progress). */
const RANGE = { from: '2025-11', to: '2026-10' };

describe.each(e2eDatabases())('the contract what-if on an engagement page on %s', (kind) => {
  const app = useDashboard(kind);
  let code: string;
  let critical: Sla;

  beforeAll(async () => {
    const context = await contextAs(app.browser, app.dashboard);
    const page = await context.newPage();
    await page.goto('/overview');
    // A BPO engagement with a critical SLA that owes credits in the range.
    const ledger = await apiQuery<{ engagement: string; sla: string }[]>(page, 'report.creditLedger', RANGE);
    code = ledger[0]?.engagement ?? '';
    const detail = await apiQuery<{ slas: Sla[] }>(page, 'engagements.detail', { code });
    const found = detail.slas.find((sla) => sla.code === ledger[0]?.sla);
    if (!found) throw new Error('the demo has no credit in the range');
    critical = found;
    await context.close();
  });

  it('replays the history under edited terms, side by side month by month, and names a refused change', async () => {
    const context = await contextAs(app.browser, app.dashboard, { bypassCSP: true });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`/engagements/${code}`);
    await settle(page);
    const panel = page.getByRole('form', { name: 'Terms to replay' });
    await panel.getByLabel('At risk %').fill('20');
    await panel.getByRole('button', { name: 'Replay the history under these terms' }).click();

    const table = page.getByRole('table', { name: 'What-if month by month' });
    await table.waitFor();
    const expected = await apiQuery<{ actual: { totals: Figures }; whatIf: { totals: Figures } }>(
      page,
      'whatIf.contract',
      { engagement: code, ...RANGE, atRiskPct: '20' },
    );
    const withheld = (f: Figures) =>
      (Math.round(Number(f.creditsOwed) * 100) + Math.round(Number(f.creditsPending) * 100)) / 100;
    const money = (value: number) =>
      value.toLocaleString('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
    const tile = page.locator('.tile', { hasText: 'Credits withheld, what-if' });
    await expect
      .poll(() => tile.textContent())
      .toContain(`On record ${money(withheld(expected.actual.totals))}`);
    expect(withheld(expected.whatIf.totals)).toBeGreaterThan(withheld(expected.actual.totals));
    // One row per counted month, each with both histories and the difference.
    expect(await table.locator('tbody tr').count()).toBe(12);
    expect(await table.locator('thead').textContent()).toMatch(
      /Credits on record[\s\S]*Credits, what-if[\s\S]*Credits difference/i,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `what-if-${kind}.png`), fullPage: true });

    // A minimum on the better side of the expected level is refused, naming the change.
    const better =
      critical.direction === 'higher_is_better'
        ? Number(critical.expected) + 1
        : Number(critical.expected) - 1;
    const fieldset = panel.getByRole('group', { name: new RegExp(`^${critical.code} ·`) });
    await fieldset.getByLabel('Minimum').fill(String(better));
    await panel.getByRole('button', { name: 'Replay the history under these terms' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be replayed' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`minimum.${critical.code}`);
    expect(await fieldset.getByLabel('Minimum').getAttribute('aria-invalid')).toBe('true');

    // Back to the terms on record: the results go, the form holds the recorded terms again.
    await panel.getByRole('button', { name: 'Back to the terms on record' }).click();
    await expect.poll(() => table.count()).toBe(0);
    expect(await panel.getByLabel('At risk %').inputValue()).not.toBe('20');
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
    await context.close();
  });

  itOnPage(kind)('fits a phone without scrolling sideways', async () => {
    const context = await contextAs(app.browser, app.dashboard, { viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`/engagements/${code}`);
    await settle(page);
    const panel = page.getByRole('form', { name: 'Terms to replay' });
    await panel.getByLabel('Earn-back months').fill('0');
    await panel.getByRole('button', { name: 'Replay the history under these terms' }).click();
    await page.getByRole('table', { name: 'What-if month by month' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
