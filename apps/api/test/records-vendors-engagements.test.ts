import { testDatabases } from '@portfolio/db/testing';
import { describe, expect, it } from 'vitest';
import { useRecordsApi } from './records-api.ts';
import { conflictOf, expectRefused, issuesOf } from './write-helpers.ts';

// Every mutation of the data-entry procedures on the worked example: success, each kind of bad input (a clear
// error by field, nothing written), a stale version (CONFLICT with the current values, nothing written) and the
// wrong role (FORBIDDEN, nothing written).
// This file: vendors, engagements and budgets. Over 300 lines on purpose: the three share one database with the
// worked example (useRecordsApi), and a file of their own for the budgets would open and fill another database per
// run (seconds of every test run) for a single test.
describe.each(testDatabases())(
  'data entry procedures on $name: vendors, engagements and budgets',
  ({ open }) => {
    const api = useRecordsApi(open);

    describe('vendors', () => {
      it('creates, changes, archives and restores a vendor, each change audited with before and after', async () => {
        const created = await api.ops.records.vendors.create({
          values: { name: 'Gamma BPO', country: 'PH' },
        });
        expect(created).toMatchObject({
          changed: true,
          record: { version: 1, values: { name: 'Gamma BPO' } },
        });
        expect(await api.lastEvent()).toMatchObject({
          actor: 'test-ops',
          action: 'vendor.create',
          entity_key: 'Gamma BPO',
          before: null,
          after: { name: 'Gamma BPO', country: 'PH', version: 1 },
        });
        const { id } = created.record;
        const updated = await api.ops.records.vendors.update({
          id,
          version: 1,
          values: { name: 'Gamma BPO', country: 'Philippines', certifications: 'ISO 9001' },
        });
        expect(updated.record).toMatchObject({ version: 2, values: { certifications: 'ISO 9001' } });
        expect(await api.lastEvent()).toMatchObject({
          action: 'vendor.update',
          before: { country: 'PH', certifications: '', version: 1 },
          after: { country: 'Philippines', certifications: 'ISO 9001', version: 2 },
        });
        const archived = await api.ops.records.vendors.archive({ id, version: 2 });
        expect(archived.record.archivedAt).not.toBeNull();
        const restored = await api.ops.records.vendors.restore({ id, version: 3 });
        expect(restored.record).toMatchObject({ version: 4, archivedAt: null });
        expect((await api.lastEvent()).action).toBe('vendor.restore');
      });

      it('refuses bad input beside its field, writing nothing', async () => {
        const blank = await expectRefused(
          api.handle.db,
          () => api.ops.records.vendors.create({ values: { name: ' ' } }),
          'BAD_REQUEST',
        );
        expect(issuesOf(blank)).toEqual({ 'values.name': 'is required but empty' });
        const taken = await expectRefused(
          api.handle.db,
          () => api.ops.records.vendors.create({ values: { name: 'Acme Services' } }),
          'BAD_REQUEST',
        );
        expect(issuesOf(taken)).toEqual({ 'values.name': 'a vendor named "Acme Services" exists already' });
        const missing = await expectRefused(
          api.handle.db,
          () => api.ops.records.vendors.update({ id: 999_999, version: 1, values: { name: 'X' } }),
          'NOT_FOUND',
        );
        expect(missing.message).toBe('No vendor with id 999999');
      });

      it('refuses a stale version with the vendor as it is now and who changed it', async () => {
        const vendor = (await api.ops.records.vendors.list()).find(
          (v) => v.values.name === 'Insight Partners',
        );
        if (!vendor) throw new Error('no vendor');
        await api.ops.records.vendors.update({
          id: vendor.id,
          version: vendor.version,
          values: { ...vendor.values, notes: 'Quarterly review in May' },
        });
        const stale = await expectRefused(
          api.handle.db,
          () =>
            api.admin.records.vendors.update({
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
          api.handle.db,
          () => api.ops.records.vendors.archive({ id: vendor.id, version: vendor.version }),
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
        const created = await api.ops.records.engagements.create({
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
        const event = await api.lastEvent();
        expect(event).toMatchObject({ action: 'engagement.create', entity_key: 'ENG-100' });
        expect(await api.ops.records.engagements.get({ code: 'ENG-100' })).toEqual(created.record);
      });

      it('refuses an unknown vendor, a service line of the other type, 25 % at risk and a taken code', async () => {
        const vendor = await expectRefused(
          api.handle.db,
          () =>
            api.ops.records.engagements.create({
              values: { ...values, code: 'ENG-101', vendor: 'Nobody Ltd' },
            }),
          'BAD_REQUEST',
        );
        expect(issuesOf(vendor)).toEqual({
          'values.vendor': 'unknown vendor "Nobody Ltd": add the vendor first',
        });
        const terms = await expectRefused(
          api.handle.db,
          () =>
            api.ops.records.engagements.create({
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
          api.handle.db,
          () =>
            api.ops.records.engagements.create({ values: { ...values, code: 'ENG-101', at_risk_pct: '25' } }),
          'BAD_REQUEST',
        );
        expect(issuesOf(atRisk)).toEqual({ 'values.at_risk_pct': '"25" is not a percentage from 0 to 20' });
        const taken = await expectRefused(
          api.handle.db,
          () => api.ops.records.engagements.create({ values: { ...values, code: 'ENG-001' } }),
          'BAD_REQUEST',
        );
        expect(issuesOf(taken)).toEqual({
          'values.code': 'engagement code ENG-001 is taken by another engagement',
        });
      });

      it('changes credit terms (the report follows), refuses a stale version, archives', async () => {
        const record = await api.ops.records.engagements.get({ code: 'ENG-001' });
        const before = await api.ops.report.creditLedger({
          from: '2025-02',
          to: '2025-02',
          engagements: ['ENG-001'],
        });
        expect(before.map((entry) => entry.amount)).toEqual(['5310.13', '5310.12']);
        const changed = await api.ops.records.engagements.update({
          id: record.id,
          version: record.version,
          values: { ...record.values, at_risk_pct: '5' },
        });
        expect(changed.record.values.at_risk_pct).toBe('5.00');
        const after = await api.ops.report.creditLedger({
          from: '2025-02',
          to: '2025-02',
          engagements: ['ENG-001'],
        });
        expect(after.map((entry) => entry.amount)).toEqual(['2655.07', '2655.06']);

        const stale = await expectRefused(
          api.handle.db,
          () =>
            api.ops.records.engagements.update({
              id: record.id,
              version: record.version,
              values: { ...record.values, owner: 'Someone' },
            }),
          'CONFLICT',
        );
        expect(conflictOf(stale).current).toMatchObject({ values: { at_risk_pct: '5.00' } });
        await api.ops.records.engagements.update({
          id: record.id,
          version: changed.record.version,
          values: { ...changed.record.values, at_risk_pct: '10' },
        });

        const old = await api.ops.records.engagements.get({ code: 'ENG-004' });
        const archived = await api.ops.records.engagements.archive({ id: old.id, version: old.version });
        expect(archived.record.values.status).toBe('archived');
        await expectRefused(
          api.handle.db,
          () =>
            api.ops.records.slas.create({
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
        const record = await api.finance.records.engagements.get({ code: 'ENG-002' });
        expect(record.values.annual_budget).toBe('');
        const set = await api.finance.records.engagements.setBudget({
          id: record.id,
          version: record.version,
          annualBudget: '240000',
        });
        expect(set.record.values.annual_budget).toBe('240000.00');
        expect(set.record.version).toBe(record.version + 1);
        expect(await api.lastEvent()).toMatchObject({
          action: 'engagement.budget',
          entity_key: 'ENG-002',
          before: { annual_budget: '', version: record.version },
          after: { annual_budget: '240000.00', version: record.version + 1 },
        });
        const budget = await api.finance.spend.budget({ from: '2025-01', to: '2025-06' });
        expect(budget.years[0]?.budget).not.toBe('0.00');

        // Operations change the other terms freely, but not the budget, on an update or a new engagement.
        const ops2 = await api.ops.records.engagements.update({
          id: record.id,
          version: set.record.version,
          values: { ...set.record.values, owner: 'Kim' },
        });
        expect(ops2.record.values).toMatchObject({ owner: 'Kim', annual_budget: '240000.00' });
        const refused = await expectRefused(
          api.handle.db,
          () =>
            api.ops.records.engagements.update({
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
          api.handle.db,
          () =>
            api.ops.records.engagements.create({
              values: { ...ops2.record.values, code: 'ENG-777', annual_budget: '5000' },
              classification: null,
            }),
          'BAD_REQUEST',
        );

        // Bad input: a negative or malformed budget, named beside the field.
        const negative = await expectRefused(
          api.handle.db,
          () =>
            api.finance.records.engagements.setBudget({
              id: record.id,
              version: ops2.record.version,
              annualBudget: '-5',
            }),
          'BAD_REQUEST',
        );
        expect(Object.keys(issuesOf(negative))).toEqual(['annualBudget']);
        const cleared = await api.finance.records.engagements.setBudget({
          id: record.id,
          version: ops2.record.version,
          annualBudget: '',
        });
        expect(cleared.record.values.annual_budget).toBe('');
      });
    });
  },
);
