import { testDatabases } from '@portfolio/db/testing';
import { describe, expect, it } from 'vitest';
import { useRecordsApi } from './records-api.ts';
import { conflictOf, expectRefused, issuesOf } from './write-helpers.ts';

// Every mutation of the data-entry procedures on the worked example: success, each kind of bad input (a clear
// error by field, nothing written), a stale version (CONFLICT with the current values, nothing written) and the
// wrong role (FORBIDDEN, nothing written).
// This file: SLAs and measurements.
describe.each(testDatabases())('data entry procedures on $name: SLAs and measurements', ({ open }) => {
  const api = useRecordsApi(open);

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
      const created = await api.ops.records.slas.create({ values: sla });
      expect(created.record).toMatchObject({
        version: 1,
        measurements: 0,
        values: { allocation_pct: '20.00' },
      });

      const csat = (await api.ops.records.slas.list({ engagement: 'ENG-001' })).find(
        (s) => s.values.code === 'CSAT',
      );
      if (!csat) throw new Error('no CSAT');
      const trend = () =>
        api.ops.slas.trend({ from: '2025-01', to: '2025-05', engagement: 'ENG-001', sla: 'CSAT' });
      expect((await trend())[0]?.cells.map((cell) => cell.status)).toEqual([
        'met',
        'missed',
        'met',
        'unreported',
        'met',
      ]);
      const changed = await api.ops.records.slas.update({
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
      expect(await api.lastEvent()).toMatchObject({
        action: 'sla.update',
        entity_key: 'ENG-001/CSAT',
        before: { expected: '85', version: 1 },
        after: { expected: '80', version: 2 },
        detail: { statusesChanged: 1 },
      });
    });

    it('refuses bad levels, a taken code, an unknown engagement and moving an SLA', async () => {
      const levels = await expectRefused(
        api.handle.db,
        () => api.ops.records.slas.create({ values: { ...sla, code: 'NEW', minimum: '80', kind: 'key' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(levels)).toEqual({
        'values.minimum':
          '80 is better than expected 75: for higher_is_better the minimum must be at most the expected level',
        'values.allocation_pct': 'must be empty for a key SLA: only critical SLAs have an allocation',
      });
      const taken = await expectRefused(
        api.handle.db,
        () => api.ops.records.slas.create({ values: sla }),
        'BAD_REQUEST',
      );
      expect(issuesOf(taken)).toEqual({ 'values.code': 'engagement ENG-001 has an SLA FCR already' });
      const unknown = await expectRefused(
        api.handle.db,
        () => api.ops.records.slas.create({ values: { ...sla, engagement: 'ENG-404' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(unknown)).toEqual({ 'values.engagement': 'unknown engagement "ENG-404"' });
      const asa = (await api.ops.records.slas.list({ engagement: 'ENG-001' })).find(
        (s) => s.values.code === 'ASA',
      );
      if (!asa) throw new Error('no ASA');
      const moved = await expectRefused(
        api.handle.db,
        () =>
          api.ops.records.slas.update({
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
      const fcr = (await api.ops.records.slas.list({ engagement: 'ENG-001' })).find(
        (s) => s.values.code === 'FCR',
      );
      if (!fcr) throw new Error('no FCR');
      const archived = await api.ops.records.slas.archive({ id: fcr.id, version: fcr.version });
      expect(archived.record.archivedAt).not.toBeNull();
      const month = await api.ops.records.measurements.month({ engagement: 'ENG-001', period: '2025-03' });
      expect(month.slas.map((s) => s.code)).toEqual(['ABN', 'ASA', 'CSAT']);
      await expectRefused(
        api.handle.db,
        () => api.ops.records.slas.restore({ id: fcr.id, version: fcr.version }),
        'CONFLICT',
      );
      const restored = await api.ops.records.slas.restore({ id: fcr.id, version: archived.record.version });
      expect(restored.record.archivedAt).toBeNull();
      await api.ops.records.slas.archive({ id: fcr.id, version: restored.record.version });
    });
  });

  describe('measurements', () => {
    it('saves a month of the grid, and the credit ledger follows', async () => {
      const ledger = () =>
        api.ops.report.creditLedger({ from: '2025-03', to: '2025-03', engagements: ['ENG-001'] });
      expect(await ledger()).toEqual([]);
      const month = await api.ops.records.measurements.month({ engagement: 'ENG-001', period: '2025-03' });
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
      const saved = await api.ops.records.measurements.saveMonth({
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
      expect(await api.lastEvent()).toMatchObject({
        action: 'measurement.update',
        entity_key: 'ENG-001/ABN/2025-03',
        before: { actual: '5', status: 'met' },
        after: { actual: '9', status: 'breached', note: 'outage on the 12th' },
      });

      const stale = await expectRefused(
        api.handle.db,
        () => api.ops.records.measurements.saveMonth({ engagement: 'ENG-001', period: '2025-03', rows }),
        'CONFLICT',
      );
      expect(stale.message).toMatch(/^The 2025-03 report of ENG-001 \(ABN\) was changed by test-ops/);
      expect(conflictOf(stale).keys).toEqual(['ABN']);
    });

    it('refuses a bad actual, a bad month and an SLA not in force, naming the row', async () => {
      const bad = await expectRefused(
        api.handle.db,
        () =>
          api.ops.records.measurements.saveMonth({
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
        api.handle.db,
        () => api.ops.records.measurements.saveMonth({ engagement: 'ENG-001', period: '2025-13', rows: [] }),
        'BAD_REQUEST',
      );
      expect(issuesOf(month)).toEqual({ period: 'Expected a month YYYY-MM, like 2025-03' });
      const archived = await expectRefused(
        api.handle.db,
        () =>
          api.ops.records.measurements.saveMonth({
            engagement: 'ENG-001',
            period: '2025-07',
            rows: [{ sla: 'FCR', version: null, values: { actual: '80' } }],
          }),
        'BAD_REQUEST',
      );
      expect(issuesOf(archived)).toEqual({ 'rows.0.sla': 'no SLA FCR in force on ENG-001' });
      await expectRefused(
        api.handle.db,
        () => api.ops.records.measurements.saveMonth({ engagement: 'ENG-404', period: '2025-07', rows: [] }),
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
      const created = await api.ops.records.measurements.create({ values });
      expect(created.record).toMatchObject({ version: 1, status: 'met' });
      const duplicate = await expectRefused(
        api.handle.db,
        () => api.ops.records.measurements.create({ values }),
        'BAD_REQUEST',
      );
      expect(issuesOf(duplicate)).toEqual({
        'values.period': 'ENG-002 ACC has a measurement for 2025-06 already: edit that one',
      });
      const unknown = await expectRefused(
        api.handle.db,
        () => api.ops.records.measurements.create({ values: { ...values, sla: 'NOPE' } }),
        'BAD_REQUEST',
      );
      expect(issuesOf(unknown)).toEqual({ 'values.sla': 'unknown SLA "NOPE" of engagement ENG-002' });
      const updated = await api.ops.records.measurements.update({
        id: created.record.id,
        version: 1,
        values: { ...values, actual: '97' },
      });
      expect(updated.record).toMatchObject({ version: 2, status: 'breached' });
      await expectRefused(
        api.handle.db,
        () => api.ops.records.measurements.update({ id: created.record.id, version: 1, values }),
        'CONFLICT',
      );
      await expectRefused(
        api.handle.db,
        () => api.ops.records.measurements.delete({ id: created.record.id, version: 1 }),
        'CONFLICT',
      );
      await api.ops.records.measurements.delete({ id: created.record.id, version: 2 });
      expect(await api.lastEvent()).toMatchObject({
        action: 'measurement.delete',
        before: { actual: '97', status: 'breached' },
        after: null,
      });
      await expectRefused(
        api.handle.db,
        () => api.ops.records.measurements.delete({ id: created.record.id, version: 2 }),
        'NOT_FOUND',
      );
    });
  });
});
