import type { DbHandle } from '@portfolio/db';
import { testDatabases, WORKED_EXAMPLE_TODAY, writeWorkedExample } from '@portfolio/db/testing';
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers/app-router.ts';
import { testCaller } from './test-caller.ts';

// Every procedure of the router, called by an admin with arbitrary inputs: wrong types, missing and extra fields,
// and fields that look right with values that are not (months out of range, huge limits, unknown codes). Whatever
// comes in, the answer is a result or a client error, never INTERNAL_SERVER_ERROR. FUZZ_RUNS sets the number of
// cases per procedure (CI: 200, spread over the procedures).
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const PER_PROCEDURE = Math.max(5, Math.round(RUNS / 10));

const procedures = Object.keys(appRouter._def.procedures as Record<string, unknown>).sort();

const period = fc.oneof(
  fc.constantFrom('2025-01', '2025-06', '2024-12', '2026-11', '0001-01', '9999-12', '2025-13', '25-01', ''),
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
);
const text = fc.oneof(
  fc.constantFrom(
    'ENG-001',
    'ENG-003',
    'ASA',
    'OTD',
    'Acme Services',
    'nobody@example.com',
    'measurements.csv',
  ),
  fc.string({ maxLength: 20 }),
  // Text PostgreSQL cannot store (NUL) or that is not valid UTF-16 (a lone surrogate).
  fc.constantFrom('\u0000', 'ENG-001\u0000', '\ud800'),
);
const number = fc.oneof(fc.integer({ min: -5, max: 5_000 }), fc.double(), fc.constantFrom(0, 1, 2, 1e9));
const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 3 });

/** An object whose fields are the ones procedures take, each maybe present, with plausible or hostile values. */
const shaped = fc.record(
  {
    from: period,
    to: period,
    by: fc.constantFrom(
      'total',
      'type',
      'engagement',
      'vendor',
      'serviceLine',
      'location',
      'businessUnit',
      'x',
    ),
    perMonth: fc.oneof(fc.boolean(), text),
    limit: number,
    code: text,
    name: text,
    engagement: text,
    sla: text,
    id: number,
    version: number,
    email: text,
    password: text,
    role: fc.constantFrom('admin', 'ops', 'finance', 'viewer', 'root'),
    file: fc.constantFrom('measurements.csv', 'charges.csv', 'vendors.csv', 'nope.csv'),
    content: fc.oneof(
      fc.constantFrom(
        'engagement,sla,period,actual\nENG-001,ASA,2025-06,31',
        'name\nNew vendor',
        'name\nNUL\u0000 vendor',
      ),
      fc.string({ maxLength: 80 }),
    ),
    vendors: list(text),
    types: list(fc.constantFrom('BPO', 'KPO', 'XPO')),
    engagements: list(text),
    businessUnits: list(text),
    values: fc.dictionary(text, fc.oneof(text, number, fc.constant(null)), { maxKeys: 4 }),
    entity: text,
    entityKey: text,
    active: fc.boolean(),
  },
  { requiredKeys: [] },
);
const input = fc.oneof({ weight: 1, arbitrary: fc.anything() }, { weight: 3, arbitrary: shaped });

async function callProcedure(caller: ReturnType<typeof testCaller>, path: string, value: unknown) {
  let target: unknown = caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  try {
    await (target as (input: unknown) => Promise<unknown>)(value);
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe.each(testDatabases())('every procedure with arbitrary input on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
  });
  afterAll(() => handle.close());

  it('has procedures to call', () => {
    expect(procedures.length).toBeGreaterThan(10);
  });

  it.each(procedures)('%s answers without a server error', async (path) => {
    const caller = testCaller(handle, WORKED_EXAMPLE_TODAY);
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const code = await callProcedure(caller, path, value);
        expect(code, JSON.stringify(value)).not.toBe('INTERNAL_SERVER_ERROR');
      }),
      { numRuns: PER_PROCEDURE },
    );
  });
});
