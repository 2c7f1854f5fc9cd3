import { testDatabases } from '@portfolio/db/testing';
import { describe, expect, it } from 'vitest';
import { useRecordsApi } from './records-api.ts';
import { expectRefused, failure, issuesOf } from './write-helpers.ts';

// Every mutation of the data-entry procedures on the worked example: success, each kind of bad input (a clear
// error by field, nothing written), a stale version (CONFLICT with the current values, nothing written) and the
// wrong role (FORBIDDEN, nothing written).
// This file: charges, deliverables and FX rates.
describe.each(testDatabases())(
  'data entry procedures on $name: charges, deliverables and FX rates',
  ({ open }) => {
    const api = useRecordsApi(open);

    describe('charges (finance)', () => {
      const values = {
        engagement: 'ENG-001',
        invoice: 'A-06',
        period: '2025-06',
        category: 'base',
        amount: '100000',
      };

      it('creates, changes and deletes a charge line; the spend follows', async () => {
        const created = await api.finance.records.charges.create({ values });
        expect(created.record).toMatchObject({
          version: 1,
          currency: 'USD',
          values: { amount: '100000.00' },
        });
        const updated = await api.finance.records.charges.update({
          id: created.record.id,
          version: 1,
          values: { ...values, amount: '98500.50' },
        });
        expect(updated.record.values.amount).toBe('98500.50');
        const listed = await api.finance.records.charges.list({
          engagement: 'ENG-001',
          from: '2025-06',
          to: '2025-06',
        });
        expect(listed.map((c) => c.values.amount)).toEqual(['98500.50']);
        await expectRefused(
          api.handle.db,
          () => api.finance.records.charges.delete({ id: created.record.id, version: 1 }),
          'CONFLICT',
        );
        await api.finance.records.charges.delete({ id: created.record.id, version: 2 });
        expect((await api.lastEvent()).action).toBe('charge.delete');
      });

      it('takes a negative amount: a credit note, in the category it corrects', async () => {
        const created = await api.finance.records.charges.create({
          values: { ...values, invoice: 'CN-7', period: '2025-06', category: 'volume', amount: '-1,250.40' },
        });
        expect(created.record.values.amount).toBe('-1250.40');
        const listed = await api.finance.records.charges.list({
          engagement: 'ENG-001',
          from: '2025-06',
          to: '2025-06',
        });
        expect(listed.map((c) => c.values.amount)).toContain('-1250.40');
        await api.finance.records.charges.delete({ id: created.record.id, version: 1 });
      });

      it('a credit note lowers its month’s credit base; a base below zero counts as zero', async () => {
        const ledger = () =>
          api.finance.report.creditLedger({ from: '2025-02', to: '2025-02', engagements: ['ENG-001'] });
        // 106,202.50 − 6,202.50 = 100,000.00 base × 10 % = 10,000.00 at risk; ABN and ASA at 60 % each, capped:
        // 5,000.00 each.
        const note = await api.finance.records.charges.create({
          values: { ...values, invoice: 'CN-1', period: '2025-02', category: 'base', amount: '-6202.50' },
        });
        expect((await ledger()).map((e) => [e.creditBase, e.creditNotes, e.amount])).toEqual([
          ['100000.00', '-6202.50', '5000.00'],
          ['100000.00', '-6202.50', '5000.00'],
        ]);
        // −200,000.00 more: the base is −100,000.00, counted as zero, so nothing is at risk and no credit arises.
        await api.finance.records.charges.update({
          id: note.record.id,
          version: 1,
          values: { ...note.record.values, amount: '-206202.50' },
        });
        expect(await ledger()).toEqual([]);
        await api.finance.records.charges.delete({ id: note.record.id, version: 2 });
        expect((await ledger()).map((e) => e.amount)).toEqual(['5310.13', '5310.12']);
      });

      it('refuses three decimals, a duplicate line and an unknown engagement', async () => {
        const cents = await expectRefused(
          api.handle.db,
          () => api.finance.records.charges.create({ values: { ...values, amount: '1.005' } }),
          'BAD_REQUEST',
        );
        expect(issuesOf(cents)).toEqual({ 'values.amount': '"1.005" has more than 2 decimals' });
        const duplicate = await expectRefused(
          api.handle.db,
          () =>
            api.finance.records.charges.create({ values: { ...values, invoice: 'A-01', period: '2025-01' } }),
          'BAD_REQUEST',
        );
        expect(issuesOf(duplicate)).toEqual({
          'values.invoice': 'invoice A-01 has a base line for 2025-01 already: edit that one',
        });
        await expectRefused(
          api.handle.db,
          () => api.finance.records.charges.create({ values: { ...values, engagement: 'ENG-404' } }),
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
        const created = await api.ops.records.deliverables.create({ values });
        expect(created.record.values).toMatchObject({
          status: 'requested',
          revisions: '0',
          actioned: 'false',
        });
        const delivered = await api.ops.records.deliverables.update({
          id: created.record.id,
          version: 1,
          values: { ...values, delivered_date: '2025-06-12', quality: '5', actioned: 'true' },
        });
        expect(delivered.record.values).toMatchObject({
          status: 'delivered',
          quality: '5',
          actioned: 'true',
        });
        await expectRefused(
          api.handle.db,
          () => api.ops.records.deliverables.update({ id: created.record.id, version: 1, values }),
          'CONFLICT',
        );
        await api.ops.records.deliverables.delete({ id: created.record.id, version: 2 });
      });

      it('refuses a due date before the request, a quality of 6 and a taken code', async () => {
        const dates = await expectRefused(
          api.handle.db,
          () =>
            api.ops.records.deliverables.create({
              values: { ...values, due_date: '2025-05-01', quality: '6' },
            }),
          'BAD_REQUEST',
        );
        expect(issuesOf(dates)).toEqual({
          'values.quality': '"6" is not a whole number from 1 to 5',
        });
        const order = await expectRefused(
          api.handle.db,
          () => api.ops.records.deliverables.create({ values: { ...values, due_date: '2025-05-01' } }),
          'BAD_REQUEST',
        );
        expect(issuesOf(order)).toEqual({
          'values.due_date': '2025-05-01 is before requested_date 2025-06-01',
        });
        const taken = await expectRefused(
          api.handle.db,
          () => api.ops.records.deliverables.create({ values: { ...values, code: 'D1' } }),
          'BAD_REQUEST',
        );
        expect(issuesOf(taken)).toEqual({ 'values.code': 'engagement ENG-003 has a deliverable D1 already' });
      });

      it('refuses a negative estimated value, saying only a charge may be negative', async () => {
        const negative = await expectRefused(
          api.handle.db,
          () => api.ops.records.deliverables.create({ values: { ...values, estimated_value: '-10' } }),
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
          api.finance.report.portfolio({ from: '2025-06', to: '2025-06', engagements: ['ENG-003'] });
        const charges = (await report()).totals.charges;
        await api.finance.records.fxRates.delete({ currency: 'GBP', period: '2025-06', version: 1 });
        expect(await api.lastEvent()).toMatchObject({
          action: 'fx_rate.delete',
          entity_key: 'GBP/2025-06',
          before: { rate: '1.3100000000', version: 1 },
          after: null,
        });
        expect((await failure(report())).message).toBe('No FX rate for GBP in 2025-06 (to USD)');
        const created = await api.finance.records.fxRates.create({
          values: { currency: 'GBP', period: '2025-06', rate: '1.3' },
        });
        expect(created.record).toEqual({
          version: 1,
          values: { currency: 'GBP', period: '2025-06', rate: '1.3000000000' },
        });
        const updated = await api.finance.records.fxRates.update({
          version: 1,
          values: { currency: 'GBP', period: '2025-06', rate: '1.31' },
        });
        expect(updated.record.version).toBe(2);
        expect((await report()).totals.charges).toBe(charges);
        await expectRefused(
          api.handle.db,
          () =>
            api.finance.records.fxRates.update({
              version: 1,
              values: { currency: 'GBP', period: '2025-06', rate: '1.4' },
            }),
          'CONFLICT',
        );
      });

      it('refuses a rate of 0, a lower-case currency and a month already rated', async () => {
        const bad = await expectRefused(
          api.handle.db,
          () =>
            api.finance.records.fxRates.create({ values: { currency: 'gbp', period: '2025-07', rate: '0' } }),
          'BAD_REQUEST',
        );
        expect(issuesOf(bad)).toEqual({
          'values.currency': '"gbp" is not a currency code (3 capital letters, like USD)',
          'values.rate': '"0" is not above 0',
        });
        const taken = await expectRefused(
          api.handle.db,
          () =>
            api.finance.records.fxRates.create({
              values: { currency: 'EUR', period: '2025-01', rate: '1.2' },
            }),
          'BAD_REQUEST',
        );
        expect(issuesOf(taken)).toEqual({
          'values.period': 'EUR has a rate for 2025-01 already: edit that one',
        });
        await expectRefused(
          api.handle.db,
          () => api.finance.records.fxRates.delete({ currency: 'CHF', period: '2025-01', version: 1 }),
          'NOT_FOUND',
        );
      });
    });
  },
);
