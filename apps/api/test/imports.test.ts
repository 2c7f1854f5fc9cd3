import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, type DbHandle } from '@portfolio/db';
import {
  createScratchPostgres,
  testDatabases,
  WORKED_EXAMPLE_TODAY,
  writeWorkedExample,
} from '@portfolio/db/testing';
import type { Role } from '@portfolio/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../src/cli/commands/import.ts';
import { loadConfig } from '../src/config.ts';
import { principalOf, testCaller } from './test-caller.ts';
import { dataState, expectRefused } from './write-helpers.ts';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

// ENG-001's June report: ASA missed (35 against 30, minimum 45), ABN met, CSAT met; line 4 has a bad month.
const BAD_JUNE = csv(
  'engagement,sla,period,actual,source',
  'ENG-001,ASA,2025-06,35,vendor report',
  'ENG-001,ABN,2025-6,4,vendor report',
  'ENG-001,CSAT,2025-06,88,vendor report',
);
const JUNE = BAD_JUNE.replace('2025-6,', '2025-06,');
const JUNE_CHARGES = csv('engagement,invoice,period,category,amount', 'ENG-001,A-06,2025-06,base,100000.00');

describe.each(testDatabases())('imports from the dashboard on $name', ({ open }) => {
  let handle: DbHandle;
  const as = (role: Role) => testCaller(handle, WORKED_EXAMPLE_TODAY, { principal: principalOf(role) });

  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
  });
  afterAll(() => handle.close());

  it('previews a file with a bad row: every bad row named by line and column, nothing written', async () => {
    const before = await dataState(handle.db);
    const preview = await as('ops').imports.preview({ file: 'measurements.csv', content: BAD_JUNE });
    expect(preview).toMatchObject({
      file: 'measurements.csv',
      rows: 3,
      errorCount: 1,
      badRows: 1,
      counts: null,
      errors: [{ line: 3, column: 'period', reason: '"2025-6" is not a month (YYYY-MM)' }],
    });
    expect(preview.sample.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(await dataState(handle.db)).toEqual(before);
  });

  it('refuses a rejected file whole and names its bad rows; nothing written, no event', async () => {
    const before = await dataState(handle.db);
    const result = await as('ops').imports.run({ file: 'measurements.csv', content: BAD_JUNE });
    expect(result).toEqual({
      status: 'rejected',
      file: 'measurements.csv',
      errors: [{ line: 3, column: 'period', reason: '"2025-6" is not a month (YYYY-MM)' }],
      errorCount: 1,
      badRows: 1,
    });
    expect(await dataState(handle.db)).toEqual(before);
  });

  it('imports the fixed file all at once, as one audit event with its counts; the figures follow', async () => {
    const preview = await as('ops').imports.preview({ file: 'measurements.csv', content: JUNE });
    expect(preview.counts).toEqual({
      file: 'measurements.csv',
      rows: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
    });
    const result = await as('ops').imports.run({ file: 'measurements.csv', content: JUNE });
    expect(result).toEqual({ status: 'imported', count: preview.counts });
    expect(await as('finance').imports.run({ file: 'charges.csv', content: JUNE_CHARGES })).toMatchObject({
      status: 'imported',
      count: { inserted: 1 },
    });

    const ledger = await as('viewer').report.creditLedger({
      from: '2025-06',
      to: '2025-06',
      engagements: ['ENG-001'],
    });
    expect(ledger.map((entry) => [entry.sla, entry.amount])).toEqual([['ASA', '6000.00']]);

    const events = await handle.db
      .selectFrom('audit_events')
      .select(['actor', 'action', 'entity_key', 'detail'])
      .where('action', '=', 'import')
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      {
        actor: 'test-ops',
        action: 'import',
        entity_key: 'measurements.csv',
        detail: {
          file: 'measurements.csv',
          rows: 3,
          inserted: 3,
          updated: 0,
          unchanged: 0,
          engagements: ['ENG-001'],
        },
      },
      {
        actor: 'test-finance',
        action: 'import',
        entity_key: 'charges.csv',
        detail: {
          file: 'charges.csv',
          rows: 1,
          inserted: 1,
          updated: 0,
          unchanged: 0,
          engagements: ['ENG-001'],
        },
      },
    ]);
    const history = await as('viewer').audit.history({ engagement: 'ENG-001' });
    expect(history.events.map((event) => [event.action, event.entityKey])).toEqual([
      ['import', 'charges.csv'],
      ['import', 'measurements.csv'],
    ]);
    // Importing the same file again changes nothing (and says so).
    expect(await as('ops').imports.run({ file: 'measurements.csv', content: JUNE })).toMatchObject({
      status: 'imported',
      count: { inserted: 0, updated: 0, unchanged: 3 },
    });
  });

  it('lets each role import only the files it owns', async () => {
    const charges = await expectRefused(
      handle.db,
      () => as('ops').imports.run({ file: 'charges.csv', content: JUNE_CHARGES }),
      'FORBIDDEN',
    );
    expect(charges.message).toBe(
      'The ops role may not import charges.csv: it belongs to finance (admin, finance)',
    );
    const measurements = await expectRefused(
      handle.db,
      () => as('finance').imports.preview({ file: 'measurements.csv', content: JUNE }),
      'FORBIDDEN',
    );
    expect(measurements.message).toBe(
      'The finance role may not import measurements.csv: it belongs to operations (admin, ops)',
    );
    await expectRefused(
      handle.db,
      () => as('viewer').imports.run({ file: 'vendors.csv', content: 'name\nX\n' }),
      'FORBIDDEN',
    );
    await expectRefused(
      handle.db,
      () => as('admin').imports.run({ file: 'suppliers.csv' as 'vendors.csv', content: 'name\nX\n' }),
      'BAD_REQUEST',
    );
  });

  it('imports a credit note (a negative charge), exports it and imports the export again unchanged', async () => {
    // ENG-002 (EUR) is refunded 1,500.25 on its April base fee; a negative baseline is still refused.
    const note = csv('engagement,invoice,period,category,amount', 'ENG-002,CN-04,2025-04,base,"-1,500.25"');
    expect(await as('finance').imports.run({ file: 'charges.csv', content: note })).toMatchObject({
      status: 'imported',
      count: { inserted: 1 },
    });
    const files = await as('admin').exports.all();
    const exported = files.find((f) => f.name === 'charges.csv')?.content ?? '';
    expect(exported).toContain('ENG-002,CN-04,2025-04,base,-1500.25');
    expect(await as('finance').imports.run({ file: 'charges.csv', content: exported })).toMatchObject({
      status: 'imported',
      count: { inserted: 0, updated: 0 },
    });
    // Spend: the credit note converted at April's EUR rate, 1.10 → −1,650.28 (−1,650.275 half-up).
    const notes = await as('viewer').spend.creditNotes({ from: '2025-01', to: '2025-06' });
    expect(notes).toEqual({ creditNotes: '-1650.28', months: 1 });
    const baseline = csv(
      'code,name,vendor,type,service_line,location,start_date,currency,baseline_monthly_cost',
      'ENG-002,Payroll,Acme Services,BPO,hr_payroll,nearshore,2025-03-10,EUR,-10',
    );
    expect(await as('ops').imports.run({ file: 'engagements.csv', content: baseline })).toMatchObject({
      status: 'rejected',
      errors: [
        {
          line: 2,
          column: 'baseline_monthly_cost',
          reason:
            '"-10" is negative: this amount must be 0 or more (only a charge may be negative, as a credit note)',
        },
      ],
    });
    await handle.db.deleteFrom('charges').where('invoice', '=', 'CN-04').execute();
  });

  it('lets operations import engagement terms, but change budgets only as finance', async () => {
    const terms = (budget: string) =>
      csv(
        'code,name,vendor,type,service_line,location,start_date,currency,annual_budget',
        `ENG-002,Payroll,Acme Services,BPO,hr_payroll,nearshore,2025-03-10,EUR,${budget}`,
      );
    const before = await dataState(handle.db);
    const changed = await as('ops').imports.run({ file: 'engagements.csv', content: terms('50000') });
    expect(changed).toMatchObject({
      status: 'rejected',
      errors: [
        {
          line: 2,
          column: 'annual_budget',
          reason:
            'the annual budget is set by finance (admin or finance role); leave it as stored or leave the column out',
        },
      ],
    });
    expect(await dataState(handle.db)).toEqual(before);
    // As stored (none), the same file imports for operations; admin may set the budget.
    expect(await as('ops').imports.run({ file: 'engagements.csv', content: terms('') })).toMatchObject({
      status: 'imported',
    });
    expect(await as('admin').imports.run({ file: 'engagements.csv', content: terms('50000') })).toMatchObject(
      {
        status: 'imported',
        count: { updated: 1 },
      },
    );
  });

  it('gives an engagement’s history with before and after, and NOT_FOUND for an unknown one', async () => {
    const ops = as('ops');
    const sla = (await ops.records.slas.list({ engagement: 'ENG-002' }))[0];
    if (!sla) throw new Error('no SLA');
    await ops.records.slas.update({
      id: sla.id,
      version: sla.version,
      values: { ...sla.values, minimum: '97.5' },
    });
    const history = await as('viewer').audit.history({ engagement: 'ENG-002', limit: 5 });
    expect(history.engagement).toEqual({ code: 'ENG-002', name: 'Payroll' });
    expect(history.events[0]).toMatchObject({
      actor: 'test-ops',
      action: 'sla.update',
      entity: 'sla',
      entityKey: 'ENG-002/ACC',
      before: { minimum: '98', version: 1 },
      after: { minimum: '97.5', version: 2 },
    });
    await expect(as('viewer').audit.history({ engagement: 'ENG-404' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe.each(testDatabases())('the CLI import on $name', ({ name }) => {
  it('records the same audit event as the dashboard', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'portfolio-cli-import-'));
    let url: string | undefined;
    let drop = async () => {};
    if (name === 'postgres') {
      const scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL ?? '');
      url = scratch.url;
      drop = scratch.drop;
    }
    const config = loadConfig({ PORTFOLIO_DATA_DIR: path.join(folder, 'data'), DATABASE_URL: url });
    try {
      writeFileSync(path.join(folder, 'vendors.csv'), 'name,country\nAcme Services,India\n');
      const log = console.log;
      console.log = () => {};
      try {
        await importCommand.run([path.join(folder, 'vendors.csv')], config);
      } finally {
        console.log = log;
      }
      const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const events = await handle.db
          .selectFrom('audit_events')
          .select(['actor', 'action', 'detail'])
          .execute();
        expect(events).toEqual([
          {
            actor: 'cli',
            action: 'import',
            detail: { file: 'vendors.csv', rows: 1, inserted: 1, updated: 0, unchanged: 0, engagements: [] },
          },
        ]);
      } finally {
        await handle.close();
      }
    } finally {
      await drop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
