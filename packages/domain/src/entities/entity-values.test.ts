import { describe, expect, it } from 'vitest';
import { chargesFile } from '../interchange/charges-file.ts';
import { slasFile } from '../interchange/slas-file.ts';
import { engagementCreateSchema } from './engagement.ts';
import { blankValues, changedColumns } from './entity-values.ts';
import { monthEntrySchema } from './measurement.ts';
import { slaValuesSchema } from './sla.ts';
import { vendorValuesSchema } from './vendor.ts';

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('entity values: the interchange row rules, for forms and the API', () => {
  it('reads a form’s text like a CSV row: trimmed typed values, empty optional cells not set', () => {
    expect(vendorValuesSchema.parse({ name: 'Acme', country: '', notes: 'pays late' })).toEqual({
      name: 'Acme',
      country: null,
      certifications: null,
      notes: 'pays late',
    });
  });

  it('takes numbers and booleans from scripts as their text', () => {
    const sla = slaValuesSchema.parse({
      engagement: 'ENG-001',
      code: 'ASA',
      name: 'Speed of answer',
      unit: 'seconds',
      direction: 'lower_is_better',
      expected: 30,
      minimum: 45,
      kind: 'critical',
      allocation_pct: 60,
    });
    expect(sla).toMatchObject({ expected: '30', minimum: '45', allocation_pct: '60' });
  });

  it('refuses with the same reasons a CSV import gives, by column', () => {
    const result = slaValuesSchema.safeParse({
      engagement: 'ENG-001',
      code: '',
      name: 'Speed of answer',
      unit: 'sec',
      direction: 'lower_is_better',
      expected: '30',
      minimum: '20',
      kind: 'key',
      allocation_pct: '10',
    });
    expect(issues(result)).toEqual([
      'code: is required but empty',
      'unit: "sec" is not a unit: expected %, seconds, minutes, hours, days, count or score',
    ]);
    const levels = slaValuesSchema.safeParse({
      engagement: 'ENG-001',
      code: 'ASA',
      name: 'Speed of answer',
      unit: 'seconds',
      direction: 'lower_is_better',
      expected: '30',
      minimum: '20',
      kind: 'key',
      allocation_pct: '10',
    });
    expect(issues(levels)).toEqual([
      'minimum: 20 is better than expected 30: for lower_is_better the minimum must be at least the expected level',
      'allocation_pct: must be empty for a key SLA: only critical SLAs have an allocation',
    ]);
  });

  it('checks an engagement’s credit terms and type: at-risk 0–20 %, a service line of its type', () => {
    const result = engagementCreateSchema.safeParse({
      values: {
        code: 'ENG-100',
        name: 'Research',
        vendor: 'Acme',
        type: 'BPO',
        service_line: 'market_research',
        location: 'offshore',
        start_date: '2025-01-01',
        currency: 'USD',
        at_risk_pct: '25',
      },
    });
    expect(issues(result)).toEqual(['values.at_risk_pct: "25" is not a percentage from 0 to 20']);
  });

  it('names the columns that differ, comparing decimals by value', () => {
    const before = { ...blankValues('charges.csv'), engagement: 'ENG-1', invoice: 'A', period: '2025-01' };
    const a = { ...before, category: 'base', amount: '100.50' };
    expect(changedColumns(chargesFile, a, { ...a, amount: '100.5' })).toEqual([]);
    expect(changedColumns(chargesFile, a, { ...a, amount: '101', invoice: 'B' })).toEqual([
      'invoice',
      'amount',
    ]);
    expect(changedColumns(slasFile, { code: 'A' }, { code: 'B' })).toContain('code');
  });
});

describe('monthEntrySchema: one month of an engagement’s SLA report', () => {
  const row = (sla: string, actual: string, more: Record<string, string> = {}) => ({
    sla,
    version: null,
    values: { actual, ...more },
  });

  it('checks each row as a measurements.csv row; an empty row is no measurement', () => {
    const entry = monthEntrySchema.parse({
      engagement: 'ENG-001',
      period: '2025-02',
      rows: [row('ASA', '35', { source: 'vendor report' }), row('CSAT', '')],
    });
    expect(entry.rows).toEqual([
      {
        sla: 'ASA',
        version: null,
        measurement: {
          engagement: 'ENG-001',
          sla: 'ASA',
          period: '2025-02',
          actual: '35',
          numerator: null,
          denominator: null,
          source: 'vendor report',
          note: null,
        },
      },
      { sla: 'CSAT', version: null, measurement: null },
    ]);
  });

  it('names the row and column of each bad cell', () => {
    const result = monthEntrySchema.safeParse({
      engagement: 'ENG-001',
      period: '2025-02',
      rows: [
        row('ASA', 'fast'),
        row('ABN', '', { note: 'see mail' }),
        row('CSAT', '80', { denominator: '0' }),
      ],
    });
    expect(issues(result)).toEqual([
      'rows.0.values.actual: "fast" is not a number (a number like 1234.50)',
      'rows.1.values.actual: is required but empty: enter the actual, or clear the row',
      'rows.2.values.denominator: "0" is not above 0',
    ]);
  });
});
