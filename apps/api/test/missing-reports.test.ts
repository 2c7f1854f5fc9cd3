import { testDatabases, WORKED_EXAMPLE_TODAY } from '@portfolio/db/testing';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { principalOf, testCaller } from './test-caller.ts';
import { useWorkedExampleApi } from './worked-example-api.ts';

async function errorCode(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error.code;
}

// The worked example on 15 June 2025 (packages/db/src/testing/worked-example.ts): CSAT of ENG-001 unreported in
// April, OTD of ENG-003 in March and April, QS of ENG-003 in March, April and May; June is still open.
describe.each(testDatabases())('slas.missingReports on $name', ({ open }) => {
  const example = useWorkedExampleApi(open);

  it('lists per vendor the SLA-months of the closed months of the range, with the days since they closed', async () => {
    const answer = await example.api.slas.missingReports({ from: '2025-01', to: '2025-06' });
    expect(answer.today).toBe('2025-06-15');
    // June is open: the last closed month is May.
    expect(answer.months).toEqual({ from: '2025-01', to: '2025-05' });
    expect(answer.vendors.map((v) => [v.vendor, v.slaMonths, v.oldestDays])).toEqual([
      ['Acme Services', 1, 46],
      ['Insight Partners', 5, 76],
    ]);
    expect(answer.rows.map((r) => `${r.engagement}/${r.sla}/${r.period}/${r.daysSinceClosed}`)).toEqual([
      'ENG-001/CSAT/2025-04/46',
      'ENG-003/OTD/2025-03/76',
      'ENG-003/OTD/2025-04/46',
      'ENG-003/QS/2025-03/76',
      'ENG-003/QS/2025-04/46',
      'ENG-003/QS/2025-05/15',
    ]);
    expect(answer.vendors[0]?.request.body).toContain(
      '- CSAT (Customer satisfaction): Apr 2025 (closed 46 days ago)',
    );
  });

  it('respects the shared filters, and defaults to the last 12 closed months', async () => {
    const kpo = await example.api.slas.missingReports({ types: ['KPO'] });
    expect(kpo.months).toEqual({ from: '2024-06', to: '2025-05' });
    // ENG-003 started in October 2024 and reported nothing before January.
    expect(kpo.rows.filter((r) => r.sla === 'OTD').map((r) => r.period)).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-03',
      '2025-04',
    ]);
    expect(new Set(kpo.rows.map((r) => r.vendor))).toEqual(new Set(['Insight Partners']));
  });

  it('has nothing for a range of the open month alone', async () => {
    const answer = await example.api.slas.missingReports({ from: '2025-06', to: '2025-06' });
    expect(answer).toMatchObject({ months: { from: null, to: null }, vendors: [], rows: [] });
  });

  it('refuses bad input: half a range, a range ending before it starts, an unknown type', async () => {
    expect(await errorCode(example.api.slas.missingReports({ from: '2025-01' }))).toBe('BAD_REQUEST');
    expect(await errorCode(example.api.slas.missingReports({ from: '2025-06', to: '2025-01' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await errorCode(example.api.slas.missingReports({ from: '2025-1', to: '2025-06' }))).toBe(
      'BAD_REQUEST',
    );
    expect(
      await errorCode(
        example.api.slas.missingReports({ types: ['XPO' as 'BPO'], from: '2025-01', to: '2025-06' }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('answers every role (reading) and refuses anonymous callers', async () => {
    const viewer = testCaller(example.handle, WORKED_EXAMPLE_TODAY, { principal: principalOf('viewer') });
    expect((await viewer.slas.missingReports({})).rows.length).toBeGreaterThan(0);
    const anonymous = testCaller(example.handle, WORKED_EXAMPLE_TODAY, { principal: null });
    expect(await errorCode(anonymous.slas.missingReports({}))).toBe('UNAUTHORIZED');
  });
});
