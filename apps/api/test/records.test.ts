import type { DbHandle } from '@portfolio/db';
import { testDatabases, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import type { Role } from '@portfolio/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers/app-router.ts';
import { principalOf, testCaller } from './test-caller.ts';
import { conflictOf, expectRefused, failure, issuesOf } from './write-helpers.ts';

// Every mutation of the data-entry procedures on the worked example: success, each kind of bad input (a clear
// error by field, nothing written), a stale version (CONFLICT with the current values, nothing written) and the
// wrong role (FORBIDDEN, nothing written).
describe.each(testDatabases())('data entry procedures on $name', ({ open }) => {
  let handle: DbHandle;
  const as = (role: Role) => testCaller(handle, WORKED_EXAMPLE_TODAY, { principal: principalOf(role) });
  let ops: ReturnType<typeof as>;
  let finance: ReturnType<typeof as>;
  let admin: ReturnType<typeof as>;

  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
    ops = as('ops');
    finance = as('finance');
    admin = as('admin');
  });
  afterAll(() => handle.close());

  const lastEvent = () =>
    handle.db
      .selectFrom('audit_events')
      .select(['actor', 'action', 'entity', 'entity_key', 'before', 'after', 'detail'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();

  describe('vendors', () => {
    it('creates, changes, archives and restores a vendor, each change audited with before and after', async () => {
      const created = await ops.records.vendors.create({ values: { name: 'Gamma BPO', country: 'PH' } });
      expect(created).toMatchObject({ changed: true, record: { version: 1, values: { name: 'Gamma BPO' } } });
      expect(await lastEvent()).toMatchObject({
        actor: 'test-ops',
        action: 'vendor.create',
        entity_key: 'Gamma BPO',
        before: null,
        after: { name: 'Gamma BPO', country: 'PH', version: 1 },
      });
      const { id } = created.record;
      const updated = await ops.records.vendors.update({
        id,
        version: 1,
        values: { name: 'Gamma BPO', country: 'Philippines', certifications: 'ISO 9001' },
      });
      expect(updated.record).toMatchObject({ version: 2, values: { certifications: 'ISO 9001' } });
      expect(await lastEvent()).toMatchObject({
        action: 'vendor.update',
        before: { country: 'PH', certifications: '', version: 1 },
        after: { country: 'Philippines', certifications: 'ISO 9001', version: 2 },
      });
      const archived = await ops.records.vendors.archive({ id, version: 2 });
      expect(archived.record.archivedAt).not.toBeNull();
      const restored = await ops.records.vendors.restore({ id, version: 3 });
      expect(restored.record).toMatchObject({ version: 4, archivedAt: null });
      expect((await lastEvent()).action).toBe('vendor.restore');
    });

    it('refuses bad input beside its field, writing nothing', async () => {
      const blank = await expectRefused(
        handle.db,
        () => ops.records.vendors.create({ values: { name: ' ' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(blank)).toEqual({ 'values.name': 'is required but empty' });
      const taken = await expectRefused(
        handle.db,
        () => ops.records.vendors.create({ values: { name: 'Acme Services' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(taken)).toEqual({ 'values.name': 'a vendor named "Acme Services" exists already' });
      const missing = await expectRefused(
        handle.db,
        () => ops.records.vendors.update({ id: 999_999, version: 1, values: { name: 'X' } }),
        'NOT_FOUND',
      );
      expect(missing.message).toBe('No vendor with id 999999');
    });

    it('refuses a stale version with the vendor as it is now and who changed it', async () => {
      const vendor = (await ops.records.vendors.list()).find((v) => v.values.name === 'Insight Partners');
      if (!vendor) throw new Error('no vendor');
      await ops.records.vendors.update({
        id: vendor.id,
        version: vendor.version,
        values: { ...vendor.values, notes: 'Quarterly review in May' },
      });
      const stale = await expectRefused(
        handle.db,
        () =>
          admin.records.vendors.update({
            id: vendor.id,
            version: vendor.version,
            values: { ...vendor.values, country: 'UK' },
          }),
        'CONFLICT',
      );
      expect(stale.message).toMatch(
        /^Vendor Insight Partners was changed by test-ops on [A-Z][a-z]{2} \d{1,2}, \d{4}, \d\d:\d\d UTC after you opened it\. Nothing was saved/,
      );
      expect(conflictOf(stale)).toMatchObject({
        current: {
          version: vendor.version + 1,
          values: { notes: 'Quarterly review in May', country: 'United Kingdom' },
        },
        changedBy: 'test-ops',
      });
      await expectRefused(
        handle.db,
        () => ops.records.vendors.archive({ id: vendor.id, version: vendor.version }),
        'CONFLICT',
      );
    });
  });

  describe('engagements', () => {
    const values = {
      code: 'ENG-100',
      name: 'Patent research',
      vendor: 'Insight Partners',
      type: 'KPO',
      service_line: 'legal_process',
      location: 'onshore',
      start_date: '2025-07-01',
      currency: 'GBP',
      at_risk_pct: '5',
      earn_back_months: '2',
    };

    it('creates an engagement with the guide’s answers; the suggestion is computed, the type is the user’s', async () => {
      const created = await ops.records.engagements.create({
        values,
        classification: { nature: 'KPO', skills: 'KPO', complexity: 'KPO', scale: 'BPO', judgedBy: 'KPO' },
      });
      expect(created.record).toMatchObject({
        version: 1,
        values: {
          code: 'ENG-100',
          type: 'KPO',
          at_risk_pct: '5.00',
          earn_back_months: '2',
          status: 'active',
        },
        classification: { suggested: 'KPO', answers: { nature: 'KPO', scale: 'BPO', objective: 'unsure' } },
      });
      const event = await lastEvent();
      expect(event).toMatchObject({ action: 'engagement.create', entity_key: 'ENG-100' });
      expect(await ops.records.engagements.get({ code: 'ENG-100' })).toEqual(created.record);
    });

    it('refuses an unknown vendor, a service line of the other type, 25 % at risk and a taken code', async () => {
      const vendor = await expectRefused(
        handle.db,
        () =>
          ops.records.engagements.create({ values: { ...values, code: 'ENG-101', vendor: 'Nobody Ltd' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(vendor)).toEqual({
        'values.vendor': 'unknown vendor "Nobody Ltd": add the vendor first',
      });
      const terms = await expectRefused(
        handle.db,
        () =>
          ops.records.engagements.create({
            values: { ...values, code: 'ENG-101', type: 'BPO', end_date: '2025-01-01' },
          }),
        'BAD_REQUEST',
      );
      expect(issuesOf(terms)).toEqual({
        'values.service_line':
          '"legal_process" is not a BPO service line: expected customer_support, data_entry, hr_payroll, finance_accounting, it_help_desk, procurement or marketing_services',
        'values.end_date': '2025-01-01 is before start_date 2025-07-01',
      });
      const atRisk = await expectRefused(
        handle.db,
        () => ops.records.engagements.create({ values: { ...values, code: 'ENG-101', at_risk_pct: '25' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(atRisk)).toEqual({ 'values.at_risk_pct': '"25" is not a percentage from 0 to 20' });
      const taken = await expectRefused(
        handle.db,
        () => ops.records.engagements.create({ values: { ...values, code: 'ENG-001' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(taken)).toEqual({
        'values.code': 'engagement code ENG-001 is taken by another engagement',
      });
    });

    it('changes credit terms (the report follows), refuses a stale version, archives', async () => {
      const record = await ops.records.engagements.get({ code: 'ENG-001' });
      const before = await ops.report.creditLedger({
        from: '2025-02',
        to: '2025-02',
        engagements: ['ENG-001'],
      });
      expect(before.map((entry) => entry.amount)).toEqual(['5310.13', '5310.12']);
      const changed = await ops.records.engagements.update({
        id: record.id,
        version: record.version,
        values: { ...record.values, at_risk_pct: '5' },
      });
      expect(changed.record.values.at_risk_pct).toBe('5.00');
      const after = await ops.report.creditLedger({
        from: '2025-02',
        to: '2025-02',
        engagements: ['ENG-001'],
      });
      expect(after.map((entry) => entry.amount)).toEqual(['2655.07', '2655.06']);

      const stale = await expectRefused(
        handle.db,
        () =>
          ops.records.engagements.update({
            id: record.id,
            version: record.version,
            values: { ...record.values, owner: 'Someone' },
          }),
        'CONFLICT',
      );
      expect(conflictOf(stale).current).toMatchObject({ values: { at_risk_pct: '5.00' } });
      await ops.records.engagements.update({
        id: record.id,
        version: changed.record.version,
        values: { ...changed.record.values, at_risk_pct: '10' },
      });

      const old = await ops.records.engagements.get({ code: 'ENG-004' });
      const archived = await ops.records.engagements.archive({ id: old.id, version: old.version });
      expect(archived.record.values.status).toBe('archived');
      await expectRefused(
        handle.db,
        () =>
          ops.records.slas.create({
            values: {
              engagement: 'ENG-004',
              code: 'X',
              name: 'X',
              unit: '%',
              direction: 'higher_is_better',
              expected: '90',
              kind: 'key',
            },
          }),
        'BAD_REQUEST',
      );
    });
  });

  describe('budgets (finance)', () => {
    it('sets an engagement’s annual budget for finance, audited; operations keep their hands off it', async () => {
      const record = await finance.records.engagements.get({ code: 'ENG-002' });
      expect(record.values.annual_budget).toBe('');
      const set = await finance.records.engagements.setBudget({
        id: record.id,
        version: record.version,
        annualBudget: '240000',
      });
      expect(set.record.values.annual_budget).toBe('240000.00');
      expect(set.record.version).toBe(record.version + 1);
      expect(await lastEvent()).toMatchObject({
        action: 'engagement.budget',
        entity_key: 'ENG-002',
        before: { annual_budget: '', version: record.version },
        after: { annual_budget: '240000.00', version: record.version + 1 },
      });
      const budget = await finance.spend.budget({ from: '2025-01', to: '2025-06' });
      expect(budget.years[0]?.budget).not.toBe('0.00');

      // Operations change the other terms freely, but not the budget, on an update or a new engagement.
      const ops2 = await ops.records.engagements.update({
        id: record.id,
        version: set.record.version,
        values: { ...set.record.values, owner: 'Kim' },
      });
      expect(ops2.record.values).toMatchObject({ owner: 'Kim', annual_budget: '240000.00' });
      const refused = await expectRefused(
        handle.db,
        () =>
          ops.records.engagements.update({
            id: record.id,
            version: ops2.record.version,
            values: { ...ops2.record.values, annual_budget: '999999' },
          }),
        'BAD_REQUEST',
      );
      expect(issuesOf(refused)).toEqual({
        'values.annual_budget': 'the annual budget is set by finance (admin or finance role)',
      });
      await expectRefused(
        handle.db,
        () =>
          ops.records.engagements.create({
            values: { ...ops2.record.values, code: 'ENG-777', annual_budget: '5000' },
            classification: null,
          }),
        'BAD_REQUEST',
      );

      // Bad input: a negative or malformed budget, named beside the field.
      const negative = await expectRefused(
        handle.db,
        () =>
          finance.records.engagements.setBudget({
            id: record.id,
            version: ops2.record.version,
            annualBudget: '-5',
          }),
        'BAD_REQUEST',
      );
      expect(Object.keys(issuesOf(negative))).toEqual(['annualBudget']);
      const cleared = await finance.records.engagements.setBudget({
        id: record.id,
        version: ops2.record.version,
        annualBudget: '',
      });
      expect(cleared.record.values.annual_budget).toBe('');
    });
  });

  describe('SLAs', () => {
    const sla = {
      engagement: 'ENG-001',
      code: 'FCR',
      name: 'First contact resolution',
      unit: '%',
      direction: 'higher_is_better',
      expected: '75',
      minimum: '65',
      kind: 'critical',
      allocation_pct: '20',
    };

    it('creates an SLA, and changing its levels judges its measurements again in the same change', async () => {
      const created = await ops.records.slas.create({ values: sla });
      expect(created.record).toMatchObject({
        version: 1,
        measurements: 0,
        values: { allocation_pct: '20.00' },
      });

      const csat = (await ops.records.slas.list({ engagement: 'ENG-001' })).find(
        (s) => s.values.code === 'CSAT',
      );
      if (!csat) throw new Error('no CSAT');
      const trend = () =>
        ops.slas.trend({ from: '2025-01', to: '2025-05', engagement: 'ENG-001', sla: 'CSAT' });
      expect((await trend())[0]?.cells.map((cell) => cell.status)).toEqual([
        'met',
        'missed',
        'met',
        'unreported',
        'met',
      ]);
      const changed = await ops.records.slas.update({
        id: csat.id,
        version: csat.version,
        values: { ...csat.values, expected: '80' },
      });
      expect(changed.record.version).toBe(2);
      expect((await trend())[0]?.cells.map((cell) => cell.status)).toEqual([
        'met',
        'met',
        'met',
        'unreported',
        'met',
      ]);
      expect(await lastEvent()).toMatchObject({
        action: 'sla.update',
        entity_key: 'ENG-001/CSAT',
        before: { expected: '85', version: 1 },
        after: { expected: '80', version: 2 },
        detail: { statusesChanged: 1 },
      });
    });

    it('refuses bad levels, a taken code, an unknown engagement and moving an SLA', async () => {
      const levels = await expectRefused(
        handle.db,
        () => ops.records.slas.create({ values: { ...sla, code: 'NEW', minimum: '80', kind: 'key' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(levels)).toEqual({
        'values.minimum':
          '80 is better than expected 75: for higher_is_better the minimum must be at most the expected level',
        'values.allocation_pct': 'must be empty for a key SLA: only critical SLAs have an allocation',
      });
      const taken = await expectRefused(
        handle.db,
        () => ops.records.slas.create({ values: sla }),
        'BAD_REQUEST',
      );
      expect(issuesOf(taken)).toEqual({ 'values.code': 'engagement ENG-001 has an SLA FCR already' });
      const unknown = await expectRefused(
        handle.db,
        () => ops.records.slas.create({ values: { ...sla, engagement: 'ENG-404' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(unknown)).toEqual({ 'values.engagement': 'unknown engagement "ENG-404"' });
      const asa = (await ops.records.slas.list({ engagement: 'ENG-001' })).find(
        (s) => s.values.code === 'ASA',
      );
      if (!asa) throw new Error('no ASA');
      const moved = await expectRefused(
        handle.db,
        () =>
          ops.records.slas.update({
            id: asa.id,
            version: asa.version,
            values: { ...asa.values, engagement: 'ENG-002' },
          }),
        'BAD_REQUEST',
      );
      expect(issuesOf(moved)['values.engagement']).toMatch(
        /^cannot change: an SLA stays with engagement ENG-001/,
      );
    });

    it('archives and restores an SLA; a stale version is refused', async () => {
      const fcr = (await ops.records.slas.list({ engagement: 'ENG-001' })).find(
        (s) => s.values.code === 'FCR',
      );
      if (!fcr) throw new Error('no FCR');
      const archived = await ops.records.slas.archive({ id: fcr.id, version: fcr.version });
      expect(archived.record.archivedAt).not.toBeNull();
      const month = await ops.records.measurements.month({ engagement: 'ENG-001', period: '2025-03' });
      expect(month.slas.map((s) => s.code)).toEqual(['ABN', 'ASA', 'CSAT']);
      await expectRefused(
        handle.db,
        () => ops.records.slas.restore({ id: fcr.id, version: fcr.version }),
        'CONFLICT',
      );
      const restored = await ops.records.slas.restore({ id: fcr.id, version: archived.record.version });
      expect(restored.record.archivedAt).toBeNull();
      await ops.records.slas.archive({ id: fcr.id, version: restored.record.version });
    });
  });

  describe('measurements', () => {
    it('saves a month of the grid, and the credit ledger follows', async () => {
      const ledger = () =>
        ops.report.creditLedger({ from: '2025-03', to: '2025-03', engagements: ['ENG-001'] });
      expect(await ledger()).toEqual([]);
      const month = await ops.records.measurements.month({ engagement: 'ENG-001', period: '2025-03' });
      expect(month).toMatchObject({
        engagement: { code: 'ENG-001', currency: 'USD', atRiskPct: '10.00', earnBackMonths: 0 },
        creditableCharges: '100000.00',
      });
      const rows = month.slas.map((s) => ({
        sla: s.code,
        version: s.measurement?.version ?? null,
        values: {
          actual: s.measurement?.values.actual ?? '',
          numerator: s.measurement?.values.numerator ?? '',
          denominator: s.measurement?.values.denominator ?? '',
          source: s.measurement?.values.source ?? '',
          note: s.measurement?.values.note ?? '',
        },
      }));
      const abn = rows.find((row) => row.sla === 'ABN');
      if (!abn) throw new Error('no ABN');
      abn.values.actual = '9';
      abn.values.note = 'outage on the 12th';
      const saved = await ops.records.measurements.saveMonth({
        engagement: 'ENG-001',
        period: '2025-03',
        rows,
      });
      expect(saved.changed).toBe(true);
      expect(saved.record.slas.find((s) => s.code === 'ABN')?.measurement).toMatchObject({
        status: 'breached',
        version: 2,
      });
      expect((await ledger()).map((entry) => [entry.sla, entry.amount, entry.status])).toEqual([
        ['ABN', '6000.00', 'owed'],
      ]);
      expect(await lastEvent()).toMatchObject({
        action: 'measurement.update',
        entity_key: 'ENG-001/ABN/2025-03',
        before: { actual: '5', status: 'met' },
        after: { actual: '9', status: 'breached', note: 'outage on the 12th' },
      });

      const stale = await expectRefused(
        handle.db,
        () => ops.records.measurements.saveMonth({ engagement: 'ENG-001', period: '2025-03', rows }),
        'CONFLICT',
      );
      expect(stale.message).toMatch(/^The 2025-03 report of ENG-001 \(ABN\) was changed by test-ops/);
      expect(conflictOf(stale).keys).toEqual(['ABN']);
    });

    it('refuses a bad actual, a bad month and an SLA not in force, naming the row', async () => {
      const bad = await expectRefused(
        handle.db,
        () =>
          ops.records.measurements.saveMonth({
            engagement: 'ENG-001',
            period: '2025-07',
            rows: [
              { sla: 'ASA', version: null, values: { actual: '30 s' } },
              { sla: 'ABN', version: null, values: { actual: '4', denominator: '-5' } },
            ],
          }),
        'BAD_REQUEST',
      );
      expect(issuesOf(bad)).toEqual({
        'rows.0.values.actual': '"30 s" is not a number (a number like 1234.50)',
        'rows.1.values.denominator': '"-5" is not above 0',
      });
      const month = await expectRefused(
        handle.db,
        () => ops.records.measurements.saveMonth({ engagement: 'ENG-001', period: '2025-13', rows: [] }),
        'BAD_REQUEST',
      );
      expect(issuesOf(month)).toEqual({ period: 'Expected a month YYYY-MM, like 2025-03' });
      const archived = await expectRefused(
        handle.db,
        () =>
          ops.records.measurements.saveMonth({
            engagement: 'ENG-001',
            period: '2025-07',
            rows: [{ sla: 'FCR', version: null, values: { actual: '80' } }],
          }),
        'BAD_REQUEST',
      );
      expect(issuesOf(archived)).toEqual({ 'rows.0.sla': 'no SLA FCR in force on ENG-001' });
      await expectRefused(
        handle.db,
        () => ops.records.measurements.saveMonth({ engagement: 'ENG-404', period: '2025-07', rows: [] }),
        'NOT_FOUND',
      );
    });

    it('creates, changes and deletes one measurement; duplicates and stale versions are refused', async () => {
      const values = {
        engagement: 'ENG-002',
        sla: 'ACC',
        period: '2025-06',
        actual: '99.8',
        source: 'portal',
      };
      const created = await ops.records.measurements.create({ values });
      expect(created.record).toMatchObject({ version: 1, status: 'met' });
      const duplicate = await expectRefused(
        handle.db,
        () => ops.records.measurements.create({ values }),
        'BAD_REQUEST',
      );
      expect(issuesOf(duplicate)).toEqual({
        'values.period': 'ENG-002 ACC has a measurement for 2025-06 already: edit that one',
      });
      const unknown = await expectRefused(
        handle.db,
        () => ops.records.measurements.create({ values: { ...values, sla: 'NOPE' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(unknown)).toEqual({ 'values.sla': 'unknown SLA "NOPE" of engagement ENG-002' });
      const updated = await ops.records.measurements.update({
        id: created.record.id,
        version: 1,
        values: { ...values, actual: '97' },
      });
      expect(updated.record).toMatchObject({ version: 2, status: 'breached' });
      await expectRefused(
        handle.db,
        () => ops.records.measurements.update({ id: created.record.id, version: 1, values }),
        'CONFLICT',
      );
      await expectRefused(
        handle.db,
        () => ops.records.measurements.delete({ id: created.record.id, version: 1 }),
        'CONFLICT',
      );
      await ops.records.measurements.delete({ id: created.record.id, version: 2 });
      expect(await lastEvent()).toMatchObject({
        action: 'measurement.delete',
        before: { actual: '97', status: 'breached' },
        after: null,
      });
      await expectRefused(
        handle.db,
        () => ops.records.measurements.delete({ id: created.record.id, version: 2 }),
        'NOT_FOUND',
      );
    });
  });

  describe('charges (finance)', () => {
    const values = {
      engagement: 'ENG-001',
      invoice: 'A-06',
      period: '2025-06',
      category: 'base',
      amount: '100000',
    };

    it('creates, changes and deletes a charge line; the spend follows', async () => {
      const created = await finance.records.charges.create({ values });
      expect(created.record).toMatchObject({ version: 1, currency: 'USD', values: { amount: '100000.00' } });
      const updated = await finance.records.charges.update({
        id: created.record.id,
        version: 1,
        values: { ...values, amount: '98500.50' },
      });
      expect(updated.record.values.amount).toBe('98500.50');
      const listed = await finance.records.charges.list({
        engagement: 'ENG-001',
        from: '2025-06',
        to: '2025-06',
      });
      expect(listed.map((c) => c.values.amount)).toEqual(['98500.50']);
      await expectRefused(
        handle.db,
        () => finance.records.charges.delete({ id: created.record.id, version: 1 }),
        'CONFLICT',
      );
      await finance.records.charges.delete({ id: created.record.id, version: 2 });
      expect((await lastEvent()).action).toBe('charge.delete');
    });

    it('takes a negative amount: a credit note, in the category it corrects', async () => {
      const created = await finance.records.charges.create({
        values: { ...values, invoice: 'CN-7', period: '2025-06', category: 'volume', amount: '-1,250.40' },
      });
      expect(created.record.values.amount).toBe('-1250.40');
      const listed = await finance.records.charges.list({
        engagement: 'ENG-001',
        from: '2025-06',
        to: '2025-06',
      });
      expect(listed.map((c) => c.values.amount)).toContain('-1250.40');
      await finance.records.charges.delete({ id: created.record.id, version: 1 });
    });

    it('a credit note lowers its month’s credit base; a base below zero counts as zero', async () => {
      const ledger = () =>
        finance.report.creditLedger({ from: '2025-02', to: '2025-02', engagements: ['ENG-001'] });
      // 106,202.50 − 6,202.50 = 100,000.00 base × 10 % = 10,000.00 at risk; ABN and ASA at 60 % each, capped:
      // 5,000.00 each.
      const note = await finance.records.charges.create({
        values: { ...values, invoice: 'CN-1', period: '2025-02', category: 'base', amount: '-6202.50' },
      });
      expect((await ledger()).map((e) => [e.creditBase, e.creditNotes, e.amount])).toEqual([
        ['100000.00', '-6202.50', '5000.00'],
        ['100000.00', '-6202.50', '5000.00'],
      ]);
      // −200,000.00 more: the base is −100,000.00, counted as zero, so nothing is at risk and no credit arises.
      await finance.records.charges.update({
        id: note.record.id,
        version: 1,
        values: { ...note.record.values, amount: '-206202.50' },
      });
      expect(await ledger()).toEqual([]);
      await finance.records.charges.delete({ id: note.record.id, version: 2 });
      expect((await ledger()).map((e) => e.amount)).toEqual(['5310.13', '5310.12']);
    });

    it('refuses three decimals, a duplicate line and an unknown engagement', async () => {
      const cents = await expectRefused(
        handle.db,
        () => finance.records.charges.create({ values: { ...values, amount: '1.005' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(cents)).toEqual({ 'values.amount': '"1.005" has more than 2 decimals' });
      const duplicate = await expectRefused(
        handle.db,
        () => finance.records.charges.create({ values: { ...values, invoice: 'A-01', period: '2025-01' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(duplicate)).toEqual({
        'values.invoice': 'invoice A-01 has a base line for 2025-01 already: edit that one',
      });
      await expectRefused(
        handle.db,
        () => finance.records.charges.create({ values: { ...values, engagement: 'ENG-404' } }),
        'BAD_REQUEST',
      );
    });
  });

  describe('deliverables', () => {
    const values = {
      engagement: 'ENG-003',
      code: 'D8',
      title: 'Pricing study',
      requested_date: '2025-06-01',
      due_date: '2025-07-15',
    };

    it('creates, delivers and deletes a deliverable', async () => {
      const created = await ops.records.deliverables.create({ values });
      expect(created.record.values).toMatchObject({ status: 'requested', revisions: '0', actioned: 'false' });
      const delivered = await ops.records.deliverables.update({
        id: created.record.id,
        version: 1,
        values: { ...values, delivered_date: '2025-06-12', quality: '5', actioned: 'true' },
      });
      expect(delivered.record.values).toMatchObject({ status: 'delivered', quality: '5', actioned: 'true' });
      await expectRefused(
        handle.db,
        () => ops.records.deliverables.update({ id: created.record.id, version: 1, values }),
        'CONFLICT',
      );
      await ops.records.deliverables.delete({ id: created.record.id, version: 2 });
    });

    it('refuses a due date before the request, a quality of 6 and a taken code', async () => {
      const dates = await expectRefused(
        handle.db,
        () =>
          ops.records.deliverables.create({ values: { ...values, due_date: '2025-05-01', quality: '6' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(dates)).toEqual({
        'values.quality': '"6" is not a whole number from 1 to 5',
      });
      const order = await expectRefused(
        handle.db,
        () => ops.records.deliverables.create({ values: { ...values, due_date: '2025-05-01' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(order)).toEqual({
        'values.due_date': '2025-05-01 is before requested_date 2025-06-01',
      });
      const taken = await expectRefused(
        handle.db,
        () => ops.records.deliverables.create({ values: { ...values, code: 'D1' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(taken)).toEqual({ 'values.code': 'engagement ENG-003 has a deliverable D1 already' });
    });

    it('refuses a negative estimated value, saying only a charge may be negative', async () => {
      const negative = await expectRefused(
        handle.db,
        () => ops.records.deliverables.create({ values: { ...values, estimated_value: '-10' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(negative)).toEqual({
        'values.estimated_value':
          '"-10" is negative: this amount must be 0 or more (only a charge may be negative, as a credit note)',
      });
    });
  });

  describe('FX rates (finance)', () => {
    it('removes and adds back June’s GBP rate: the report names the missing rate, then converts again', async () => {
      const report = () =>
        finance.report.portfolio({ from: '2025-06', to: '2025-06', engagements: ['ENG-003'] });
      const charges = (await report()).totals.charges;
      await finance.records.fxRates.delete({ currency: 'GBP', period: '2025-06', version: 1 });
      expect(await lastEvent()).toMatchObject({
        action: 'fx_rate.delete',
        entity_key: 'GBP/2025-06',
        before: { rate: '1.3100000000', version: 1 },
        after: null,
      });
      expect((await failure(report())).message).toBe('No FX rate for GBP in 2025-06 (to USD)');
      const created = await finance.records.fxRates.create({
        values: { currency: 'GBP', period: '2025-06', rate: '1.3' },
      });
      expect(created.record).toEqual({
        version: 1,
        values: { currency: 'GBP', period: '2025-06', rate: '1.3000000000' },
      });
      const updated = await finance.records.fxRates.update({
        version: 1,
        values: { currency: 'GBP', period: '2025-06', rate: '1.31' },
      });
      expect(updated.record.version).toBe(2);
      expect((await report()).totals.charges).toBe(charges);
      await expectRefused(
        handle.db,
        () =>
          finance.records.fxRates.update({
            version: 1,
            values: { currency: 'GBP', period: '2025-06', rate: '1.4' },
          }),
        'CONFLICT',
      );
    });

    it('refuses a rate of 0, a lower-case currency and a month already rated', async () => {
      const bad = await expectRefused(
        handle.db,
        () => finance.records.fxRates.create({ values: { currency: 'gbp', period: '2025-07', rate: '0' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(bad)).toEqual({
        'values.currency': '"gbp" is not a currency code (3 capital letters, like USD)',
        'values.rate': '"0" is not above 0',
      });
      const taken = await expectRefused(
        handle.db,
        () => finance.records.fxRates.create({ values: { currency: 'EUR', period: '2025-01', rate: '1.2' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(taken)).toEqual({
        'values.period': 'EUR has a rate for 2025-01 already: edit that one',
      });
      await expectRefused(
        handle.db,
        () => finance.records.fxRates.delete({ currency: 'CHF', period: '2025-01', version: 1 }),
        'NOT_FOUND',
      );
    });
  });

  describe('every mutation', () => {
    // Each mutation and the permission that owns it: the roles without it are refused before the input is read,
    // and input that is not even the right shape is refused by the schema; nothing is written either way.
    const MUTATIONS: [path: string, owner: 'operations' | 'finance'][] = [
      ['vendors.create', 'operations'],
      ['vendors.update', 'operations'],
      ['vendors.archive', 'operations'],
      ['vendors.restore', 'operations'],
      ['engagements.create', 'operations'],
      ['engagements.update', 'operations'],
      ['engagements.archive', 'operations'],
      ['engagements.setBudget', 'finance'],
      ['slas.create', 'operations'],
      ['slas.update', 'operations'],
      ['slas.archive', 'operations'],
      ['slas.restore', 'operations'],
      ['measurements.saveMonth', 'operations'],
      ['measurements.create', 'operations'],
      ['measurements.update', 'operations'],
      ['measurements.delete', 'operations'],
      ['deliverables.create', 'operations'],
      ['deliverables.update', 'operations'],
      ['deliverables.delete', 'operations'],
      ['charges.create', 'finance'],
      ['charges.update', 'finance'],
      ['charges.delete', 'finance'],
      ['fxRates.create', 'finance'],
      ['fxRates.update', 'finance'],
      ['fxRates.delete', 'finance'],
    ];
    const callAt = (api: typeof ops, path: string, input: unknown) => {
      let target: unknown = api.records;
      for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
      return (target as (input: unknown) => Promise<unknown>)(input);
    };

    it('lists every data-entry mutation of the router', () => {
      const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
      const mutations = Object.entries(procedures)
        .filter(([path, procedure]) => path.startsWith('records.') && procedure._def.type === 'mutation')
        .map(([path]) => path.slice('records.'.length));
      expect(mutations.sort()).toEqual(MUTATIONS.map(([path]) => path).sort());
    });

    it.each(MUTATIONS)(
      'refuses %s to the roles without %s permission, writing nothing',
      async (path, owner) => {
        const refused: Role[] = owner === 'operations' ? ['finance', 'viewer'] : ['ops', 'viewer'];
        for (const role of refused) {
          const error = await expectRefused(
            handle.db,
            () => callAt(as(role), path, { id: 1, version: 1 }),
            'FORBIDDEN',
          );
          expect(error.message).toBe(`The ${role} role may not do this`);
        }
        const allowed: Role = owner === 'operations' ? 'ops' : 'finance';
        const bad = await expectRefused(
          handle.db,
          () => callAt(as(allowed), path, { id: 'one' }),
          'BAD_REQUEST',
        );
        expect(Object.keys(issuesOf(bad)).length).toBeGreaterThan(0);
      },
    );

    it('refuses every change made on a stale version with CONFLICT, writing nothing', async () => {
      const stale = (call: () => Promise<unknown>) => expectRefused(handle.db, call, 'CONFLICT');

      const vendor = (await ops.records.vendors.list()).find((v) => v.archivedAt === null);
      if (!vendor) throw new Error('no vendor');
      await ops.records.vendors.update({ ...vendor, values: { ...vendor.values, notes: 'reviewed' } });
      await stale(() =>
        ops.records.vendors.update({ id: vendor.id, version: vendor.version, values: vendor.values }),
      );
      await stale(() => ops.records.vendors.archive({ id: vendor.id, version: vendor.version }));
      await stale(() => ops.records.vendors.restore({ id: vendor.id, version: vendor.version }));

      const engagement = await ops.records.engagements.get({ code: 'ENG-003' });
      await ops.records.engagements.update({
        id: engagement.id,
        version: engagement.version,
        values: { ...engagement.values, owner: 'Dana' },
      });
      await stale(() =>
        ops.records.engagements.update({
          id: engagement.id,
          version: engagement.version,
          values: engagement.values,
        }),
      );
      await stale(() => ops.records.engagements.archive({ id: engagement.id, version: engagement.version }));
      await stale(() =>
        finance.records.engagements.setBudget({
          id: engagement.id,
          version: engagement.version,
          annualBudget: '1000.00',
        }),
      );

      const sla = (await ops.records.slas.list({ engagement: 'ENG-003' }))[0];
      if (!sla) throw new Error('no SLA');
      await ops.records.slas.update({
        id: sla.id,
        version: sla.version,
        values: { ...sla.values, name: 'Renamed' },
      });
      await stale(() => ops.records.slas.update({ id: sla.id, version: sla.version, values: sla.values }));
      await stale(() => ops.records.slas.archive({ id: sla.id, version: sla.version }));
      await stale(() => ops.records.slas.restore({ id: sla.id, version: sla.version }));

      const month = await ops.records.measurements.month({ engagement: 'ENG-003', period: '2025-01' });
      const measured = month.slas.find((s) => s.measurement !== null)?.measurement;
      if (!measured) throw new Error('no measurement');
      await ops.records.measurements.update({
        id: measured.id,
        version: measured.version,
        values: { ...measured.values, note: 'checked' },
      });
      await stale(() =>
        ops.records.measurements.update({
          id: measured.id,
          version: measured.version,
          values: measured.values,
        }),
      );
      await stale(() => ops.records.measurements.delete({ id: measured.id, version: measured.version }));
      await stale(() =>
        ops.records.measurements.saveMonth({
          engagement: 'ENG-003',
          period: '2025-01',
          rows: [{ sla: measured.values.sla, version: measured.version, values: { actual: '1' } }],
        }),
      );

      const charge = (
        await finance.records.charges.list({ engagement: 'ENG-003', from: '2025-01', to: '2025-01' })
      )[0];
      if (!charge) throw new Error('no charge');
      await finance.records.charges.update({ ...charge, values: { ...charge.values, amount: '20000.01' } });
      await stale(() => finance.records.charges.update({ ...charge, values: charge.values }));
      await stale(() => finance.records.charges.delete({ id: charge.id, version: charge.version }));

      const deliverable = (await ops.records.deliverables.list({ engagement: 'ENG-003' }))[0];
      if (!deliverable) throw new Error('no deliverable');
      await ops.records.deliverables.update({
        ...deliverable,
        values: { ...deliverable.values, kind: 'report' },
      });
      await stale(() => ops.records.deliverables.update({ ...deliverable, values: deliverable.values }));
      await stale(() =>
        ops.records.deliverables.delete({ id: deliverable.id, version: deliverable.version }),
      );

      const rate = (
        await finance.records.fxRates.list({ currency: 'EUR', from: '2025-01', to: '2025-01' })
      )[0];
      if (!rate) throw new Error('no rate');
      await finance.records.fxRates.update({
        version: rate.version,
        values: { ...rate.values, rate: '1.051' },
      });
      await stale(() => finance.records.fxRates.update({ version: rate.version, values: rate.values }));
      await stale(() => finance.records.fxRates.delete({ ...rate.values, version: rate.version }));
    });
  });

  it('of two concurrent edits of the same SLA, one wins, the other gets the conflict; one change audited', async () => {
    const abn = (await ops.records.slas.list({ engagement: 'ENG-001' })).find((s) => s.values.code === 'ABN');
    if (!abn) throw new Error('no ABN');
    const { n: eventsBefore } = await handle.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity_key', '=', 'ENG-001/ABN')
      .executeTakeFirstOrThrow();
    const edit = (role: Role, expected: string) =>
      as(role).records.slas.update({ id: abn.id, version: abn.version, values: { ...abn.values, expected } });
    const outcomes = await Promise.allSettled([edit('ops', '4.5'), edit('admin', '5.5')]);
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ code: 'CONFLICT' });
    const winner = won[0]?.status === 'fulfilled' ? won[0].value.record : null;
    expect(conflictOf(lost[0]).current).toEqual(winner);
    const events = await handle.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('entity_key', '=', 'ENG-001/ABN')
      .orderBy('id')
      .execute();
    expect(events.length - eventsBefore).toBe(1);
    expect(events.at(-1)).toMatchObject({
      action: 'sla.update',
      before: { expected: '5', version: abn.version },
      after: { expected: winner?.values.expected, version: abn.version + 1 },
    });
    const stored = await handle.db
      .selectFrom('slas')
      .select('version')
      .where('id', '=', abn.id)
      .executeTakeFirstOrThrow();
    expect(stored.version).toBe(abn.version + 1);
  });
});
