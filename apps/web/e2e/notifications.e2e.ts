import { createServer } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiQuery, E2E_ADMIN, e2eDatabases, openPage, SCREENSHOTS, useDashboard } from './harness.ts';

type Mine = { deliveries: { id: number; status: string; subject: string }[] };

/** A chat service's incoming webhook on loopback: what it received. */
async function startReceiver() {
  const received: unknown[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += String(chunk);
    });
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/services/T01/B02/s3cretTail`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(e2eDatabases())('notifications on %s', (kind) => {
  const app = useDashboard(kind);

  it('lets a user set their digest, send one now and read it rendered as “would have sent”', async () => {
    const { page, errors } = await openPage(app.browser, app.dashboard, '/alerts');
    await page.getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const schedule = page.getByTestId('digest-schedule');
    await expect
      .poll(() => schedule.textContent())
      .toContain(`Weekly on Monday at 08:00 (UTC) to ${E2E_ADMIN.email}`);
    expect(await schedule.textContent()).toContain('role’s default');

    const form = page.getByRole('form', { name: 'My digest settings' });
    await form.getByLabel('How often').selectOption('daily');
    await form.getByLabel('At (UTC)').selectOption('7');
    await form.getByRole('checkbox', { name: 'Renewals' }).uncheck();
    await form.getByRole('checkbox', { name: 'offshore' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => schedule.textContent()).toContain('Daily at 07:00 (UTC)');
    expect(await schedule.textContent()).not.toContain('role’s default');

    await page.getByRole('button', { name: 'Send me one now' }).click();
    const deliveries = page.getByRole('table', { name: 'My deliveries' });
    await deliveries.getByText('Would have sent').waitFor();
    const mine = await apiQuery<Mine>(page, 'notifications.mine');
    expect(mine.deliveries.map((d) => d.status)).toEqual(['would_have_sent']);

    await deliveries.getByRole('button', { name: 'Open' }).click();
    const frame = page.frameLocator('iframe.email-frame');
    await frame.getByRole('heading', { name: 'Alert digest, 2026-11-15' }).waitFor();
    await frame.getByRole('heading', { name: /^New since your last digest \(\d+\)$/ }).waitFor();
    expect(await frame.getByText('Covers offshore').count()).toBe(1);
    expect(await frame.getByRole('link', { name: /ENG-/ }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, `notifications-${kind}.png`), fullPage: true });

    // The email as its recipient sees it, on its own.
    const email = await page.context().newPage();
    const answer = await email.goto(
      new URL(`/email/${mine.deliveries[0]?.id}`, app.dashboard.url).toString(),
    );
    expect(answer?.headers()['content-security-policy']).toContain("style-src 'unsafe-inline'");
    await email.getByRole('heading', { name: 'Alert digest, 2026-11-15' }).waitFor();
    await email.setViewportSize({ width: 760, height: 900 });
    await email.screenshot({ path: path.join(SCREENSHOTS, `digest-email-${kind}.png`), fullPage: true });
    await email.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets an admin see every digest and add a chat channel whose URL is shown once', async () => {
    const receiver = await startReceiver();
    try {
      const { page, errors } = await openPage(app.browser, app.dashboard, '/notifications');
      const subscriptions = page.getByRole('table', { name: 'Subscriptions' });
      await subscriptions.getByText(E2E_ADMIN.email).waitFor();
      await page.getByRole('table', { name: 'Every delivery' }).getByText(E2E_ADMIN.email).first().waitFor();

      const form = page.getByRole('form', { name: 'Add a chat channel' });
      await form.getByLabel('Name').fill('Ops on-call');
      await form.getByLabel('Webhook URL').fill(receiver.url);
      await form.getByRole('button', { name: 'Add channel' }).click();
      await page.getByRole('status').filter({ hasText: 'It is not shown again' }).waitFor();
      const channels = page.getByRole('table', { name: 'Chat channels' });
      await channels.getByText('Ops on-call').waitFor();
      expect(await channels.textContent()).not.toContain('s3cretTail');
      expect(await channels.textContent()).toContain('…Tail');

      await channels.getByRole('button', { name: 'Send a test' }).click();
      await page.getByText('Test message: Sent.').waitFor();
      expect(receiver.received).toHaveLength(1);
      expect(JSON.stringify(receiver.received[0])).toContain('Test message from the outsourcing portfolio');
      await page.screenshot({
        path: path.join(SCREENSHOTS, `notifications-admin-${kind}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await receiver.close();
    }
  });
});
