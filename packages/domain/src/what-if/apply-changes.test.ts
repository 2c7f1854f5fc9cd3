import { describe, expect, it } from 'vitest';
import { applyContractChanges, type WhatIfSla } from './apply-changes.ts';
import { contractChangesSchema, whatIfInputSchema } from './contract-changes.ts';

const ASA: WhatIfSla = {
  id: 1,
  code: 'ASA',
  name: 'Average speed of answer',
  unit: 'seconds',
  direction: 'lower_is_better',
  expected: '30',
  minimum: '45',
  kind: 'critical',
  allocationPct: '60',
};
const CSAT: WhatIfSla = {
  id: 2,
  code: 'CSAT',
  name: 'Customer satisfaction',
  unit: 'score',
  direction: 'higher_is_better',
  expected: '85',
  minimum: null,
  kind: 'key',
  allocationPct: null,
};
const TERMS = { atRiskPct: '10', earnBackMonths: 0 };

const apply = (changes: unknown) =>
  applyContractChanges(TERMS, [ASA, CSAT], contractChangesSchema.parse(changes));

describe('applyContractChanges', () => {
  it('keeps the terms on record when nothing changes', () => {
    expect(apply({})).toEqual({ ok: true, terms: TERMS, slas: [ASA, CSAT] });
  });

  it('sets the engagement terms and each SLA change, numbers read as the CSV files read them', () => {
    const result = apply({
      atRiskPct: 15,
      earnBackMonths: '3',
      allocation: { ASA: '30.5' },
      expected: { ASA: 25, CSAT: '90' },
      minimum: { ASA: 'none' },
    });
    expect(result).toEqual({
      ok: true,
      terms: { atRiskPct: '15', earnBackMonths: 3 },
      slas: [
        { ...ASA, expected: '25', minimum: null, allocationPct: '30.5' },
        { ...CSAT, expected: '90' },
      ],
    });
  });

  it('drops the allocation of an SLA made key, and a key SLA made critical has none until given one', () => {
    const result = apply({ kind: { ASA: 'key', CSAT: 'critical' } });
    expect(result.ok && result.slas).toEqual([
      { ...ASA, kind: 'key', allocationPct: null },
      { ...CSAT, kind: 'critical' },
    ]);
    const given = apply({ kind: { CSAT: 'critical' }, allocation: { CSAT: 40 } });
    expect(given.ok && given.slas[1]).toEqual({ ...CSAT, kind: 'critical', allocationPct: '40' });
  });

  it('refuses an SLA code the engagement does not have, naming the change', () => {
    expect(apply({ allocation: { XYZ: 10 }, minimum: { ASA: 50 } })).toEqual({
      ok: false,
      issues: [
        { path: 'allocation.XYZ', message: 'the engagement has no SLA XYZ in force (its SLAs: ASA, CSAT)' },
      ],
    });
  });

  it('refuses a minimum on the wrong side of the expected level for the direction', () => {
    // Lower is better: a minimum of 20 s is better than the expected 30 s.
    expect(apply({ minimum: { ASA: 20 } })).toEqual({
      ok: false,
      issues: [
        {
          path: 'minimum.ASA',
          message:
            '20 is better than expected 30: for lower_is_better the minimum must be at least the expected level',
        },
      ],
    });
    // Moving the expected level past the minimum on record is the expected change's fault.
    expect(apply({ expected: { ASA: 50 } })).toMatchObject({
      ok: false,
      issues: [{ path: 'expected.ASA', message: expect.stringContaining('45 is better than expected 50') }],
    });
    // Both moved together, consistently: fine.
    expect(apply({ expected: { ASA: 50 }, minimum: { ASA: 60 } }).ok).toBe(true);
    // Higher is better: a minimum above the expected level.
    expect(apply({ minimum: { CSAT: 90 } })).toMatchObject({
      ok: false,
      issues: [{ path: 'minimum.CSAT', message: expect.stringContaining('must be at most the expected') }],
    });
  });

  it('refuses an allocation for a key SLA, whether it is key on record or made key', () => {
    expect(apply({ allocation: { CSAT: 10 } })).toMatchObject({
      ok: false,
      issues: [{ path: 'allocation.CSAT', message: expect.stringContaining('CSAT is a key SLA') }],
    });
    expect(apply({ kind: { ASA: 'key' }, allocation: { ASA: 10 } })).toMatchObject({
      ok: false,
      issues: [{ path: 'allocation.ASA', message: expect.stringContaining('ASA is made a key SLA') }],
    });
  });

  it('refuses a level its unit cannot have', () => {
    expect(apply({ expected: { ASA: -5 } })).toMatchObject({
      ok: false,
      issues: [{ path: 'expected.ASA' }],
    });
  });
});

describe('whatIfInputSchema', () => {
  const base = { engagement: 'ENG-001', from: '2025-01', to: '2025-06' };

  it('refuses values out of range, the issue naming the change', () => {
    const result = whatIfInputSchema.safeParse({
      ...base,
      atRiskPct: 25,
      earnBackMonths: 2.5,
      allocation: { ASA: 120 },
      kind: { ASA: 'essential' },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(paths).toEqual([
      ['atRiskPct', '"25" is not a percentage from 0 to 20'],
      ['earnBackMonths', '"2.5" is not a whole number from 0 to 24'],
      ['allocation.ASA', '"120" is not a percentage from 0 to 100'],
      ['kind.ASA', expect.stringContaining('critical')],
    ]);
  });

  it('takes `none` as a minimum and checks the range as every report does', () => {
    expect(whatIfInputSchema.parse({ ...base, minimum: { ASA: 'none' } }).minimum).toEqual({ ASA: 'none' });
    expect(whatIfInputSchema.safeParse({ ...base, from: '2025-07' }).success).toBe(false);
  });
});
