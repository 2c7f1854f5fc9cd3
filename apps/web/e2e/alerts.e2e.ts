import path from 'node:path';
import { ALERT_KIND_LABELS, ALERT_KINDS, type AlertKind } from '@portfolio/domain';
import { describe, expect, it } from 'vitest';
import { apiQuery, e2eDatabases, openPage, SCREENSHOTS, useDashboard } from './harness.ts';

type ListedAlert = {
  key: string;
  kind: AlertKind;
  title: string;
  link: string;
  subject: { engagement: string | null; sla: string | null };
};
type AlertList = { today: string; counts: { shown: number; acknowledged: number }; alerts: ListedAlert[] };
type AuditEvent = {
  action: string;
  entityKey: string | null;
  actor: string;
  after: { comment?: string } | null;
};

describe.each(e2eDatabases())('alerts on %s', (kind) => {
  const app = useDashboard(kind);

  it('shows the demo portfolio’s alerts of every kind, with their count in the navigation', async () => {
    const { page, errors } = await openPage(app.browser, app.dashboard, '/alerts');
    await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    const list = await apiQuery<AlertList>(page, 'alerts.list');
    expect(list.today).toBe('2026-11-15');
    expect(new Set(list.alerts.map((a) => a.kind))).toEqual(new Set(ALERT_KINDS));

    // Each kind in its card, the first five listed and the rest on request.
    for (const alertKind of ALERT_KINDS) {
      const count = list.alerts.filter((a) => a.kind === alertKind).length;
      await page
        .getByRole('heading', { name: `${ALERT_KIND_LABELS[alertKind]} (${count})`, level: 2 })
        .waitFor();
      const items = page.getByRole('list', { name: ALERT_KIND_LABELS[alertKind] }).getByRole('listitem');
      await expect.poll(() => items.count(), { message: alertKind }).toBe(Math.min(count, 5));
    }
    const chronicCount = list.alerts.filter((a) => a.kind === 'chronic_miss').length;
    const chronicCard = page.locator('#alerts-chronic_miss');
    await chronicCard.getByRole('button', { name: `Show all ${chronicCount}` }).click();
    await expect.poll(() => chronicCard.getByRole('listitem').count()).toBe(chronicCount);
    const badge = page.getByTestId('alerts-badge');
    await expect.poll(() => badge.textContent()).toBe(`${list.counts.shown} alerts`);

    // The renewal calendar puts each renewing engagement on its end date.
    const renewal = list.alerts.find((a) => a.kind === 'renewal');
    const calendar = page.getByTestId('renewal-calendar');
    await calendar.waitFor();
    expect(await calendar.textContent()).toContain(renewal?.subject.engagement);
    const evidence = page.getByRole('table', { name: 'Renewal evidence' }).locator('tbody tr');
    await expect.poll(() => evidence.count()).toBe(list.alerts.filter((a) => a.kind === 'renewal').length);

    await page.screenshot({ path: path.join(SCREENSHOTS, `alerts-${kind}.png`), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, `alerts-top-${kind}.png`) });
    await page
      .locator('.card', { has: page.getByTestId('renewal-calendar') })
      .screenshot({ path: path.join(SCREENSHOTS, `alerts-renewals-${kind}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leads from an alert to its evidence: the SLA’s trend, the engagement', async () => {
    const { page, errors } = await openPage(app.browser, app.dashboard, '/alerts');
    const list = await apiQuery<AlertList>(page, 'alerts.list');
    const chronic = list.alerts.find((a) => a.kind === 'chronic_miss');
    if (!chronic?.subject.engagement || !chronic.subject.sla) throw new Error('no chronic miss in the demo');

    await page.locator(`li[data-key="${chronic.key}"]`).getByRole('link', { name: chronic.title }).click();
    await page.waitForURL(
      (url) => url.pathname === `/slas/${chronic.subject.engagement}/${chronic.subject.sla}`,
    );
    expect(new URL(page.url()).search).toBe(new URL(chronic.link, app.dashboard.url).search);
    await page.getByRole('heading', { name: new RegExp(`^${chronic.subject.sla} · `), level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Trend against the levels' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, `alerts-evidence-${kind}.png`) });

    await page.goBack();
    const renewal = list.alerts.find((a) => a.kind === 'renewal');
    if (!renewal?.subject.engagement) throw new Error('no renewal in the demo');
    await page.locator(`li[data-key="${renewal.key}"]`).getByRole('link', { name: renewal.title }).click();
    await page.waitForURL((url) => url.pathname === `/engagements/${renewal.subject.engagement}`);
    await page
      .getByRole('heading', { name: new RegExp(`^${renewal.subject.engagement} · `), level: 1 })
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hides an acknowledged alert, lowers the count and records the comment in the audit trail', async () => {
    const { page, errors } = await openPage(app.browser, app.dashboard, '/alerts');
    const before = await apiQuery<AlertList>(page, 'alerts.list');
    const target = before.alerts.find((a) => a.kind === 'chronic_miss');
    if (!target) throw new Error('no chronic miss in the demo');
    const item = page.locator(`li[data-key="${target.key}"]`);
    await item.getByRole('button', { name: `Acknowledge: ${target.title}` }).click();

    const dialog = page.getByRole('dialog', { name: 'Acknowledge alert' });
    await dialog.waitFor();
    const comment = 'Vendor recovery plan agreed at the November governance meeting';
    await dialog.getByLabel('Why can it wait? (kept in the audit trail)').fill(comment);
    await page.screenshot({ path: path.join(SCREENSHOTS, `alerts-acknowledge-${kind}.png`) });
    await dialog.getByRole('button', { name: 'Acknowledge' }).click();

    await item.waitFor({ state: 'detached' });
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const badge = page.getByTestId('alerts-badge');
    await expect.poll(() => badge.textContent()).toBe(`${before.counts.shown - 1} alerts`);
    const after = await apiQuery<AlertList>(page, 'alerts.list');
    expect(after.alerts.map((a) => a.key)).not.toContain(target.key);
    expect(after.counts.acknowledged).toBe(before.counts.acknowledged + 1);

    const audit = await apiQuery<AuditEvent[]>(page, 'admin.audit', { entity: 'alert' });
    expect(audit[0]).toMatchObject({
      action: 'alert.acknowledge',
      entityKey: target.key,
      after: { comment },
    });

    // Shown again on request, with who acknowledged it and why.
    const show = page.getByLabel(/Show acknowledged/);
    await show.click();
    await expect.poll(() => show.isChecked()).toBe(true);
    await item.waitFor();
    expect(await item.textContent()).toContain(comment);
    expect(errors).toEqual([]);
    await page.close();
  });
});
