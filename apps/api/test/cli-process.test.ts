import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '@portfolio/db';
import { IMPORT_EXAMPLE_FILES, testDatabases } from '@portfolio/db/testing';
import { describe, expect, it } from 'vitest';
import { useCommandDatabase } from './command-database.ts';
import { portfolio } from './processes.ts';

/** Line 3 has no name; line 4 repeats line 2's vendor. */
const BAD_VENDORS = 'name,country,notes\nAcme Services,India,\n,Nowhere,no name\nAcme Services,India,again\n';
const GOOD_VENDORS = 'name,country,notes\nAcme Services,India,\nBeacon Analytics,Poland,\n';

describe.each(testDatabases())('the portfolio command as a process on $name', ({ name }) => {
  const command = useCommandDatabase(name, 'portfolio-cli-');

  async function vendorCount() {
    const handle = await createDb({
      databaseUrl: command.env.DATABASE_URL,
      dataDir: command.env.PORTFOLIO_DATA_DIR,
    });
    try {
      const row = await handle.db
        .selectFrom('vendors')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    } finally {
      await handle.close();
    }
  }

  it('rejects a file with bad rows: exit code 1, every bad row named, nothing written', async () => {
    const file = path.join(command.folder, 'vendors.csv');
    writeFileSync(file, BAD_VENDORS);
    const run = await portfolio(['import', file], command.env);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'vendors.csv: rejected, 2 bad rows',
      '  line 3, column name: is required but empty',
      '  line 4: duplicate key name "Acme Services": also on line 2',
      'Error: vendors.csv was rejected, nothing of it was written',
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await vendorCount()).toBe(0);
  });

  it('imports the fixed file and exits 0; a usage mistake exits 2 with the help', async () => {
    const file = path.join(command.folder, 'vendors.csv');
    writeFileSync(file, GOOD_VENDORS);
    const run = await portfolio(['import', file], command.env);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/vendors\.csv\s+2 rows: 2 inserted, 0 updated, 0 unchanged/);
    expect(await vendorCount()).toBe(2);

    const usage = await portfolio(['import', path.join(command.folder, 'missing.csv')], command.env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^Error: no such file or folder: .*missing\.csv/);
    expect(usage.stderr).toContain('pnpm portfolio');
  });

  it('imports a big measurements file, checked in a thread of the build beside the command', async () => {
    // 40,000 rows (1.3 MB): from 1 MB on a measurements file is read and checked in a thread of its own, which the
    // build runs from its own file (measurements-worker.js).
    const folder = path.join(command.folder, 'big');
    mkdirSync(folder, { recursive: true });
    for (const [name, content] of Object.entries(IMPORT_EXAMPLE_FILES)) {
      if (name !== 'measurements.csv') writeFileSync(path.join(folder, name), content);
    }
    const lines = Array.from({ length: 40_000 }, (_, i) => {
      const month = 5000 * 12 + i;
      return `ENG-001,CSAT,${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')},${80 + (i % 20)},,,bulk,`;
    });
    const content = `engagement,sla,period,actual,numerator,denominator,source,note\n${lines.join('\n')}\n`;
    expect(content.length).toBeGreaterThan(1_000_000);
    writeFileSync(path.join(folder, 'measurements.csv'), content);
    const run = await portfolio(['import', folder], command.env);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/measurements\.csv\s+40000 rows: 40000 inserted, 0 updated, 0 unchanged/);
  });
});
