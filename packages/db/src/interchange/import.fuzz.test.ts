import {
  INTERCHANGE_FILE_BY_NAME,
  INTERCHANGE_FILE_NAMES,
  type InterchangeFileName,
} from '@portfolio/domain';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../create-db.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { writeWorkedExample } from '../testing/worked-example.ts';
import { parseCsv, toCsv } from './csv.ts';
import { ImportRejectedError } from './import-errors.ts';
import { importCsv } from './import-files.ts';

// Property tests of the importer: any text, and rows made of plausible and hostile cells, under every file name.
// An import either succeeds or is rejected with its bad rows listed; it never crashes, and a rejected file changes
// nothing. FUZZ_RUNS sets the number of cases (CI: 200; the database cases run a quarter of them per database).
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const DB_RUNS = Math.max(10, Math.round(RUNS / 4));

const fileName = fc.constantFrom(...INTERCHANGE_FILE_NAMES);

/** Cells that look like what the columns take, and some that do not. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    'ENG-001',
    'ENG-002',
    'ENG-003',
    'ASA',
    'ABN',
    'ACC',
    'OTD',
    'Acme Services',
    'USD',
    'EUR',
  ),
  fc.constantFrom(
    '2025-01',
    '2025-13',
    '2025-06',
    '0000-01',
    '9999-12',
    '2025-02-29',
    '2024-02-29',
    '2025-06-15',
  ),
  fc.constantFrom(
    'BPO',
    'KPO',
    'critical',
    'key',
    '%',
    'lower_is_better',
    'higher_is_better',
    'base',
    'volume',
  ),
  fc.constantFrom('true', 'false', '0', '-1', '1e5', '12.345', '99999999999999999999', 'NaN', '1,5'),
  fc.integer({ min: -1000, max: 100_000 }).map(String),
  fc.double({ noNaN: true }).map(String),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** A file of the right header (sometimes with a column missing or added) and random rows. */
const plausibleFile = fileName.chain((name) => {
  const columns = INTERCHANGE_FILE_BY_NAME[name].columns as readonly string[];
  const header = fc.oneof(
    { weight: 4, arbitrary: fc.constant([...columns]) },
    fc.shuffledSubarray([...columns, 'extra'], { minLength: 1 }),
  );
  return header.chain((head) =>
    fc.record({
      name: fc.constant(name),
      content: fc
        .array(fc.array(cell, { minLength: head.length, maxLength: head.length }), { maxLength: 6 })
        .map((rows) => toCsv(head, rows)),
    }),
  );
});

const anyFile = fc.record({ name: fileName, content: fc.string({ maxLength: 300 }) });

describe('the CSV reader on any text', () => {
  it('reads it or says where it is not CSV, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const parsed = parseCsv(text);
        for (const error of parsed.errors) expect(error.line).toBeGreaterThanOrEqual(1);
        for (const record of parsed.records) expect(record.line).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: RUNS },
    );
  });
});

describe.each(testDatabases())('the importer on random files on $name', ({ open }) => {
  let handle: DbHandle;
  const snapshot = async () => {
    const { rows } = await sql<{ rows: string }>`
      select (select count(*) from vendors) || '/' || (select count(*) from engagements) || '/' ||
        (select count(*) from slas) || '/' || (select count(*) from measurements) || '/' ||
        (select count(*) from charges) || '/' || (select count(*) from deliverables) || '/' ||
        (select count(*) from fx_rates) as rows`.execute(handle.db);
    return rows[0]?.rows;
  };
  const importOrReject = async (name: InterchangeFileName, content: string) => {
    const before = await snapshot();
    try {
      const count = await importCsv(handle.db, name, content);
      expect(count.inserted + count.updated + count.unchanged).toBe(count.rows);
    } catch (error) {
      if (!(error instanceof ImportRejectedError)) throw error;
      expect(error.errors.length).toBeGreaterThan(0);
      expect(await snapshot()).toBe(before);
    }
  };

  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
  });
  afterAll(() => handle.close());

  it('imports or rejects files of plausible rows, listing the bad ones', async () => {
    await fc.assert(
      fc.asyncProperty(plausibleFile, ({ name, content }) => importOrReject(name, content)),
      { numRuns: DB_RUNS },
    );
  });

  it('rejects arbitrary text without crashing', async () => {
    await fc.assert(
      fc.asyncProperty(anyFile, ({ name, content }) => importOrReject(name, content)),
      { numRuns: DB_RUNS },
    );
  });
});
