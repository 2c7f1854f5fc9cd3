import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiQuery, e2eDatabases, openPage, SCREENSHOTS, useDashboard } from './harness.ts';

const ENGAGEMENT = 'ENG-003';

/** ENG-003's October report: ASA 52 s breaches its 45 s minimum; line 3 has a typo in CSAT's actual. */
const BAD = [
  'engagement,sla,period,actual,source',
  `${ENGAGEMENT},ASA,2026-10,52,vendor report`,
  `${ENGAGEMENT},CSAT,2026-10,4.1x,vendor report`,
  '',
].join('\n');
const FIXED = BAD.replace('4.1x', '4.1');

const csvFile = (content: string) => ({
  name: 'eng-003-measurements-2026-10.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(content),
});

describe.each(e2eDatabases())('CSV import on %s', (kind) => {
  const app = useDashboard(kind);

  it('names the bad row of a file, imports the fixed file, and the figures follow', async () => {
    const { page, errors } = await openPage(app.browser, app.dashboard, '/import');
    const file = page.getByLabel('CSV file');
    // The input opens once the page knows the role that may import.
    await expect.poll(() => file.isEnabled()).toBe(true);

    // A file with a bad row: the row is named by line and column, and nothing can be imported.
    await file.setInputFiles(csvFile(BAD));
    const bad = page.getByRole('list', { name: 'Bad rows' });
    await bad.waitFor();
    expect(await page.getByLabel('File type').inputValue()).toBe('measurements.csv');
    expect(await bad.textContent()).toBe(
      'line 3, column actual: "4.1x" is not a number (a number like 1234.50)',
    );
    const rows = page.getByRole('table', { name: 'Rows of the file' });
    expect(await rows.locator('tr.preview-row--bad').count()).toBe(1);
    expect(await rows.locator('tr[data-line="3"] td.preview-cell--bad').textContent()).toContain('4.1x');
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, `import-bad-row-${kind}.png`), fullPage: true });
    const before = await apiQuery<{
      slas: { code: string; measurement: { values: { actual: string } } | null }[];
    }>(page, 'records.measurements.month', { engagement: ENGAGEMENT, period: '2026-10' });
    const asaBefore = before.slas.find((sla) => sla.code === 'ASA')?.measurement?.values.actual;
    expect(asaBefore).not.toBe('52');

    // The fixed file: all rows good, what the import will do, then the import with its result.
    await file.setInputFiles(csvFile(FIXED));
    await page.getByText('All 2 rows are good. Importing will add 0, change 2').waitFor();
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(
      'measurements.csv: 2 rows imported — 0 added, 2 changed, 0 unchanged',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, `import-done-${kind}.png`), fullPage: true });

    // The figures: October's ASA is 52 s and breached, and the credit ledger has its credit.
    await page.goto(new URL(`/slas/${ENGAGEMENT}/ASA`, app.dashboard.url).toString());
    const october = page.getByRole('table', { name: 'Measurements' }).locator('tr', { hasText: 'Oct 2026' });
    await expect.poll(() => october.textContent(), { timeout: 20_000 }).toContain('Breached');
    expect(await october.textContent()).toContain('52');
    const ledger = await apiQuery<{ sla: string; period: string; status: string }[]>(
      page,
      'report.creditLedger',
      {
        from: '2026-10',
        to: '2026-10',
        engagements: [ENGAGEMENT],
      },
    );
    expect(ledger.filter((credit) => credit.sla === 'ASA').map((credit) => credit.period)).toEqual([
      '2026-10',
    ]);

    // The import is one event of the engagement's history, with its counts.
    await page.goto(new URL(`/history/${ENGAGEMENT}`, app.dashboard.url).toString());
    const event = page.getByRole('table', { name: 'History' }).locator('tbody tr').first();
    await expect.poll(() => event.textContent()).toContain('Import');
    expect(await event.textContent()).toContain('measurements.csv');
    expect(await event.textContent()).toContain('2 rows: 0 added, 2 changed, 0 unchanged');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the progress of a large upload and checks every row', async () => {
    const { page, errors } = await openPage(app.browser, app.dashboard, '/import');
    const lines = ['name,country,notes'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`Bulk vendor ${String(i).padStart(5, '0')},Somewhere,"${'x'.repeat(40)}"`);
    lines[30_001] = ',Nowhere,no name';
    const file = page.getByLabel('CSV file');
    await expect.poll(() => file.isEnabled()).toBe(true);
    // Record every progress text the page shows while it reads, uploads and checks the file.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        for (const element of document.querySelectorAll('.upload-progress')) {
          const text = element.textContent ?? '';
          if (!seen.includes(text)) seen.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await file.setInputFiles({
      name: 'vendors.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.getByRole('list', { name: 'Bad rows' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('list', { name: 'Bad rows' }).textContent()).toBe(
      'line 30002, column name: is required but empty',
    );
    expect(await page.getByText('60000 rows read as vendors.csv').count()).toBe(1);
    const progress = await page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    expect(progress).toContainEqual(
      expect.stringMatching(/^Checking the file: (uploading|the server is checking)/),
    );
    // The first rows and the bad one are shown, not all 60,000.
    expect(await page.getByRole('table', { name: 'Rows of the file' }).locator('tbody tr').count()).toBe(101);
    expect(errors).toEqual([]);
    await page.close();
  });
});
