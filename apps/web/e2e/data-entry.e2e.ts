import path from 'node:path';
import { formatMoney, parseMoney, previewSlaMonth, type SlaUnit } from '@portfolio/domain';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addUser,
  apiQuery,
  contextAs,
  e2eDatabases,
  openPage,
  SCREENSHOTS,
  useDashboard,
} from './harness.ts';

type Month = {
  engagement: { currency: string; atRiskPct: string };
  creditableCharges: string;
  slas: {
    code: string;
    unit: SlaUnit;
    kind: 'critical' | 'key';
    direction: 'higher_is_better' | 'lower_is_better';
    expected: string;
    minimum: string | null;
    allocationPct: string | null;
    measurement: { version: number; status: string; values: Record<string, string> } | null;
  }[];
};
type Credit = { period: string; sla: string; amount: string; status: string };

const ENGAGEMENT = 'ENG-002';
const PERIOD = '2026-10';

/** Money in a currency as the browser formats it. */
function money(page: Page, currency: string, amount: string) {
  return page.evaluate(
    ([code, value]) =>
      new Intl.NumberFormat(undefined, { style: 'currency', currency: code }).format(Number(value)),
    [currency, amount] as const,
  );
}

const ledger = (page: Page) =>
  apiQuery<Credit[]>(page, 'report.creditLedger', { from: PERIOD, to: PERIOD, engagements: [ENGAGEMENT] });

// Long on purpose: the data-entry journeys (every form, the month grid, conflicts, read-only roles), each a
// user's whole task in the browser. One file for them all (over 300 lines): each file starts a server and Chromium
// per database, so a split would start another server and browser per database for no test more.
describe.each(e2eDatabases())('data entry on %s', (kind) => {
  const app = useDashboard(kind);

  it('enters a month of measurements: the grid shows status and credit first, then the SLA page and ledger', async () => {
    const { page, errors } = await openPage(
      app.browser,
      app.dashboard,
      `/data-entry/engagements/${ENGAGEMENT}?tab=month&period=${PERIOD}`,
    );
    const month = await apiQuery<Month>(page, 'records.measurements.month', {
      engagement: ENGAGEMENT,
      period: PERIOD,
    });
    const asa = month.slas.find((sla) => sla.code === 'ASA');
    expect(asa).toMatchObject({
      kind: 'critical',
      direction: 'lower_is_better',
      measurement: { status: 'met' },
    });
    expect((await ledger(page)).filter((credit) => credit.sla === 'ASA')).toEqual([]);

    // What the domain says ASA at 60 s (minimum 45 s) means for the month, as the report will count it.
    const actuals = Object.fromEntries(
      month.slas.map((sla) => [sla.code, sla.measurement?.values.actual ?? '']),
    );
    const expected = previewSlaMonth({
      atRiskPct: month.engagement.atRiskPct,
      chargesCents: parseMoney(month.creditableCharges),
      slas: month.slas,
      actuals: { ...actuals, ASA: '60' },
    });
    const asaCredit = formatMoney(expected.rows.find((row) => row.code === 'ASA')?.creditCents ?? 0);
    expect(Number(asaCredit)).toBeGreaterThan(0);

    const grid = page.getByRole('table', { name: 'SLAs of the month' });
    await grid.waitFor();
    const status = grid.locator('tr[data-sla="ASA"] [data-status]');
    await expect.poll(() => status.textContent()).toBe('Met');
    await page.getByLabel('Actual of ASA').fill('60');
    await expect.poll(() => status.textContent()).toBe('Breached');
    const credit = await money(page, month.engagement.currency, asaCredit);
    expect(await grid.locator('[data-credit="ASA"]').textContent()).toBe(credit);
    expect(await page.locator('tr[data-sla="ASA"] .month-grid__was').textContent()).toContain('was 21');
    // Nothing is saved yet.
    expect((await ledger(page)).filter((entry) => entry.sla === 'ASA')).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, `data-entry-month-${kind}.png`), fullPage: true });

    await page.getByRole('button', { name: /^Save 1 SLA for Oct 2026$/ }).click();
    await page.getByRole('button', { name: 'No changes to save' }).waitFor();
    expect((await ledger(page)).filter((entry) => entry.sla === 'ASA')).toEqual([
      expect.objectContaining({ period: PERIOD, sla: 'ASA', amount: asaCredit, status: 'owed' }),
    ]);

    // The SLA page: October is breached at 60.
    await page.goto(new URL(`/slas/${ENGAGEMENT}/ASA`, app.dashboard.url).toString());
    const october = page.getByRole('table', { name: 'Measurements' }).locator('tr', { hasText: 'Oct 2026' });
    await expect.poll(() => october.textContent(), { timeout: 20_000 }).toContain('Breached');
    expect(await october.textContent()).toContain('60');

    // The engagement's credit ledger has the new credit.
    await page.goto(new URL(`/engagements/${ENGAGEMENT}`, app.dashboard.url).toString());
    const credits = page.getByRole('table', { name: 'Service credits' });
    const row = credits.locator('tbody tr', { hasText: 'Oct 2026' }).filter({ hasText: 'ASA' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.textContent()).toContain(credit);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, `data-entry-ledger-${kind}.png`) });

    // The history names who changed what, before and after.
    await page.goto(new URL(`/history/${ENGAGEMENT}`, app.dashboard.url).toString());
    const history = page.getByRole('table', { name: 'History' });
    const change = history.locator('tbody tr').first();
    await expect.poll(() => change.textContent()).toContain('Measurement changed');
    const text = await change.textContent();
    expect(text).toContain(`${ENGAGEMENT}/ASA/${PERIOD}`);
    expect(text).toContain('admin@example.com');
    expect(text).toMatch(/Actual\s*21\s*→\s*60/);
    expect(text).toMatch(/Status\s*met\s*→\s*breached/);
    await page.screenshot({ path: path.join(SCREENSHOTS, `history-${kind}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a save over a newer version and shows what changed', async () => {
    const { page, errors } = await openPage(
      app.browser,
      app.dashboard,
      `/data-entry/engagements/${ENGAGEMENT}?tab=slas`,
    );
    await page.getByRole('table', { name: 'SLAs' }).waitFor();
    await page.getByRole('button', { name: 'Edit SLA FCR' }).click();
    const form = page.getByRole('form', { name: 'Edit SLA FCR' });
    await form.getByLabel('Name').fill('First contact resolution (chat and voice)');

    // Meanwhile someone else changes the target.
    const slas = await apiQuery<{ id: number; version: number; values: Record<string, string> }[]>(
      page,
      'records.slas.list',
      { engagement: ENGAGEMENT },
    );
    const fcr = slas.find((sla) => sla.values.code === 'FCR');
    if (!fcr) throw new Error('no FCR');
    const other = await page.request.post('/trpc/records.slas.update', {
      data: { id: fcr.id, version: fcr.version, values: { ...fcr.values, expected: '78' } },
      headers: { 'x-portfolio-request': '1' },
    });
    expect(other.ok()).toBe(true);

    await form.getByRole('button', { name: 'Save' }).click();
    const conflict = form.locator('.conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(
      /was changed by admin@example\.com on .* after you opened it/,
    );
    const changed = conflict.getByRole('table', { name: 'What changed' });
    expect(await changed.locator('tr', { hasText: 'Expected level' }).textContent()).toMatch(/75.*78.*75/);
    expect(await changed.locator('tr', { hasText: 'Name' }).textContent()).toContain(
      'First contact resolution (chat and voice)',
    );
    await page.screenshot({
      path: path.join(SCREENSHOTS, `data-entry-conflict-${kind}.png`),
      fullPage: true,
    });

    // My change on top of theirs: the name is saved on the new version, their target stays.
    await conflict.getByRole('button', { name: /Apply my changes/ }).click();
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('SLA FCR: saved.').waitFor();
    const after = await apiQuery<{ version: number; values: Record<string, string> }[]>(
      page,
      'records.slas.list',
      {
        engagement: ENGAGEMENT,
      },
    );
    expect(after.find((sla) => sla.values.code === 'FCR')).toMatchObject({
      version: fcr.version + 2,
      values: { name: 'First contact resolution (chat and voice)', expected: '78' },
    });
    expect(errors.filter((error) => !error.includes('409'))).toEqual([]);
    await page.close();
  });

  it('creates an engagement with the BPO-or-KPO guide: it suggests, the user decides, the answers are kept', async () => {
    const { page, errors } = await openPage(app.browser, app.dashboard, '/data-entry/engagements/new');
    const guide = page.getByRole('region', { name: 'BPO or KPO?' });
    await guide.waitFor();
    for (const criterion of ['Nature of tasks', 'Skills', 'Complexity', 'Objective', 'Judged by']) {
      await guide.getByRole('radiogroup', { name: criterion }).getByRole('radio').nth(1).check();
    }
    await guide.getByRole('radiogroup', { name: 'Scale' }).getByRole('radio').nth(0).check();
    expect(await guide.getByTestId('suggested-type').textContent()).toBe('KPO');
    expect(await guide.getByText(/^Pointing to BPO \(1\): scale$/).count()).toBe(1);
    await guide.getByRole('button', { name: 'Use KPO as the type' }).click();

    const form = page.getByRole('form', { name: 'New engagement' });
    expect(await form.getByLabel('Type').inputValue()).toBe('KPO');
    await form.getByLabel('Code').fill('ENG-900');
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Patent landscape studies');
    await form.getByLabel('Vendor').selectOption({ index: 1 });
    await form.getByLabel('Service line').selectOption('legal_process');
    await form.getByLabel('Location').selectOption('onshore');
    await form.getByLabel('Start date').fill('2026-12-01');
    await form.getByLabel('Currency').fill('GBP');
    await form.getByLabel('At risk for credits (%)').fill('25');
    await form.getByRole('button', { name: 'Create engagement' }).click();
    // Checked with the API's own schema, beside the field, before anything is sent.
    await form.getByText('"25" is not a percentage from 0 to 20').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, `new-engagement-${kind}.png`), fullPage: true });
    await form.getByLabel('At risk for credits (%)').fill('5');
    await form.getByRole('button', { name: 'Create engagement' }).click();
    await page.waitForURL(/\/data-entry\/engagements\/ENG-900\?tab=slas$/);
    await page.getByRole('table', { name: 'SLAs' }).or(page.getByText('No SLAs yet')).first().waitFor();

    const created = await apiQuery<{ values: Record<string, string>; classification: unknown }>(
      page,
      'records.engagements.get',
      { code: 'ENG-900' },
    );
    expect(created.values).toMatchObject({ type: 'KPO', service_line: 'legal_process', at_risk_pct: '5.00' });
    expect(created.classification).toEqual({
      suggested: 'KPO',
      answers: {
        nature: 'KPO',
        skills: 'KPO',
        complexity: 'KPO',
        objective: 'KPO',
        scale: 'BPO',
        interaction: 'unsure',
        judgedBy: 'KPO',
      },
    });

    // The terms tab shows the kept answers; the vendors and FX pages list their rows.
    await page.getByRole('tab', { name: 'Terms' }).click();
    await page.getByRole('form', { name: 'Terms of ENG-900' }).waitFor();
    expect(await page.getByTestId('suggested-type').textContent()).toBe('KPO');
    await page.goto(new URL('/data-entry/vendors', app.dashboard.url).toString());
    await page.getByRole('table', { name: 'Vendors' }).locator('tbody tr').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, `data-entry-vendors-${kind}.png`) });
    await page.goto(new URL('/data-entry/fx-rates', app.dashboard.url).toString());
    await page.getByRole('table', { name: 'Rates' }).locator('tbody tr').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a viewer the records without edit controls', async () => {
    const { page: admin } = await openPage(app.browser, app.dashboard, '/data-entry');
    const created = await admin.request.post('/trpc/admin.createUser', {
      data: { email: 'vera@example.com', name: 'Vera', role: 'viewer', password: 'viewer-password-1' },
      headers: { 'x-portfolio-request': '1' },
    });
    expect(created.ok()).toBe(true);
    await admin.close();
    const context = await app.browser.newContext({
      viewport: { width: 1280, height: 800 },
      baseURL: app.dashboard.url,
    });
    const signIn = await context.request.post('/trpc/auth.signIn', {
      data: { email: 'vera@example.com', password: 'viewer-password-1' },
      headers: { 'x-portfolio-request': '1' },
    });
    expect(signIn.ok()).toBe(true);
    const page = await context.newPage();
    await page.goto(`/data-entry/engagements/${ENGAGEMENT}?tab=month&period=${PERIOD}`);
    await page.getByRole('table', { name: 'SLAs of the month' }).waitFor();
    // Read-only: the month's values as text, no inputs that refuse typing.
    expect(await page.getByLabel('Actual of ASA').count()).toBe(0);
    await page.getByText('Read-only: operations enter them').waitFor();
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    await page.getByRole('tab', { name: 'SLAs' }).click();
    await page.getByRole('table', { name: 'SLAs' }).waitFor();
    expect(await page.getByRole('button', { name: /^(Edit|Add|Archive)/ }).count()).toBe(0);
    await page.goto('/import');
    await page.getByText('Importing is for operations and finance').waitFor();
    expect(await page.getByLabel('CSV file').isDisabled()).toBe(true);
    await context.close();
  });

  it('lets finance set an engagement’s budget, and shows operations the budget they cannot change', async () => {
    const financeUser = await addUser(app.browser, app.dashboard, {
      email: 'fay@example.com',
      role: 'finance',
    });
    const opsUser = await addUser(app.browser, app.dashboard, { email: 'oli@example.com', role: 'ops' });

    const finance = await contextAs(app.browser, app.dashboard, { user: financeUser });
    const page = await finance.newPage();
    await page.goto(`/data-entry/engagements/${ENGAGEMENT}?tab=terms`);
    const form = page.getByRole('form', { name: `Budget of ${ENGAGEMENT}` });
    await form.getByLabel(/Annual budget/).fill('-10');
    await form.getByRole('button', { name: 'Save budget' }).click();
    await page.getByRole('alert').filter({ hasText: 'negative' }).waitFor();
    await form.getByLabel(/Annual budget/).fill('345000');
    await form.getByRole('button', { name: 'Save budget' }).click();
    await page.getByRole('status').filter({ hasText: 'Budget saved.' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, `data-entry-budget-${kind}.png`), fullPage: true });
    await finance.close();

    const ops = await contextAs(app.browser, app.dashboard, { user: opsUser });
    const opsPage = await ops.newPage();
    await opsPage.goto(`/data-entry/engagements/${ENGAGEMENT}?tab=terms`);
    const terms = opsPage.getByRole('form', { name: `Terms of ${ENGAGEMENT}` });
    // Operations read the budget as text in their terms form: it is not theirs to change.
    const budget = terms.locator('[data-column="annual_budget"]');
    await expect.poll(() => budget.textContent()).toBe('345000.00');
    expect(await terms.getByLabel('Annual budget').count()).toBe(0);
    expect(await opsPage.getByRole('form', { name: `Budget of ${ENGAGEMENT}` }).count()).toBe(0);
    await ops.close();
  });
});
