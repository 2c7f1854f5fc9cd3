import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, DbHandle } from '../create-db.ts';
import { importCsv } from '../interchange/import-files.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { writeWorkedExample } from '../testing/worked-example.ts';
import { transact } from '../transact.ts';
import { keepFigures } from './keep-figures.ts';

/** The kept credits, in a stable order, as plain values. */
async function keptCredits(db: Db) {
  const { rows } = await sql<Record<string, unknown>>`
    select sla_id, period, engagement_id, cents::text, status, reason, decided_period, sla_status, actual::text,
      credit_base_cents::text, at_risk_pct::text, at_risk_cents::text, allocation_pct::text, capped,
      exact_share_cents, earn_back_months, deciding
    from engagement_credits order by sla_id, period`.execute(db);
  return rows;
}

/**
 * The credits computed again from scratch for every engagement, in a transaction that is then undone: one
 * engagement per round, so that each round's reads and writes run beside the next one's (the kept ones, written a
 * few engagements at a time, come from one round).
 */
async function recomputedCredits(db: Db) {
  class Undo extends Error {
    constructor(readonly credits: Awaited<ReturnType<typeof keptCredits>>) {
      super('undo');
    }
  }
  try {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('engagement_credits').execute();
      await sql`insert into figures_dirty (engagement_id) select id from engagements`.execute(trx);
      await keepFigures(trx, { engagements: 1, months: 1 });
      throw new Undo(await keptCredits(trx));
    });
  } catch (error) {
    if (error instanceof Undo) return error.credits;
    throw error;
  }
  throw new Error('unreachable');
}

const SLAS = {
  'ENG-001 ASA': 'ENG-001,ASA,Average speed of answer,seconds,lower_is_better,{e},45,critical,60',
  'ENG-001 ABN': 'ENG-001,ABN,Abandonment rate,%,lower_is_better,{e},8,critical,60',
  'ENG-002 ACC': 'ENG-002,ACC,Payroll accuracy,%,higher_is_better,{e},98,critical,100',
  'ENG-003 OTD': 'ENG-003,OTD,Reports on time,%,higher_is_better,{e},,critical,50',
} as const;
type SlaKey = keyof typeof SLAS;
const SLA_KEYS = Object.keys(SLAS) as SlaKey[];
const EXPECTED: Record<SlaKey, [number, number]> = {
  'ENG-001 ASA': [20, 45],
  'ENG-001 ABN': [3, 8],
  'ENG-002 ACC': [98, 100],
  'ENG-003 OTD': [60, 100],
};

const month = fc.integer({ min: 1, max: 8 }).map((m) => `2025-${String(m).padStart(2, '0')}`);
const sla = fc.constantFrom(...SLA_KEYS);

/** One change of the kind users make: through the app (imports, which keep the figures) or behind its back (psql). */
const command = fc.oneof(
  fc
    .uniqueArray(fc.tuple(sla, month, fc.integer({ min: 0, max: 100 })), {
      minLength: 1,
      maxLength: 6,
      selector: ([key, period]) => `${key} ${period}`,
    })
    .map((rows) => ({ kind: 'measurements' as const, rows })),
  fc
    .array(
      fc.tuple(
        fc.constantFrom('ENG-001', 'ENG-002', 'ENG-003'),
        month,
        fc.constantFrom('base', 'volume', 'one_off'),
        // Negative: a credit note, which may take a month's credit base below zero.
        fc.integer({ min: -5_000_000, max: 5_000_000 }),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((rows) => ({ kind: 'charges' as const, rows })),
  fc.tuple(sla, fc.nat(100)).map(([key, at]) => ({ kind: 'levels' as const, key, at })),
  fc
    .tuple(fc.constantFrom('ENG-001', 'ENG-002', 'ENG-003'), fc.integer({ min: 0, max: 20 }), fc.nat(3))
    .map(([code, atRisk, earnBack]) => ({ kind: 'terms' as const, code, atRisk, earnBack })),
  fc.tuple(sla, fc.boolean()).map(([key, archived]) => ({ kind: 'archive' as const, key, archived })),
  fc.tuple(sla, month).map(([key, period]) => ({ kind: 'delete' as const, key, period })),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

async function run(db: Db, change: Command): Promise<void> {
  switch (change.kind) {
    case 'measurements': {
      const lines = change.rows.map(
        ([key, period, actual]) => `${key.replace(' ', ',')},${period},${actual}`,
      );
      await importCsv(db, 'measurements.csv', ['engagement,sla,period,actual', ...lines].join('\n'));
      return;
    }
    case 'charges': {
      const lines = change.rows.map(
        ([code, period, category, cents], i) =>
          `${code},INV-${i},${period},${category},${(cents / 100).toFixed(2)}`,
      );
      await importCsv(db, 'charges.csv', ['engagement,invoice,period,category,amount', ...lines].join('\n'));
      return;
    }
    case 'levels': {
      const [low, high] = EXPECTED[change.key];
      const expected = low + ((high - low) * change.at) / 100;
      const header = 'engagement,code,name,unit,direction,expected,minimum,kind,allocation_pct';
      await importCsv(db, 'slas.csv', `${header}\n${SLAS[change.key].replace('{e}', expected.toFixed(2))}`);
      return;
    }
    // Behind the app's back, as psql would: the figures are kept by the next upkeep (a reader runs it too).
    case 'terms':
      await db
        .updateTable('engagements')
        .set({ at_risk_pct: String(change.atRisk), earn_back_months: change.earnBack })
        .where('code', '=', change.code)
        .execute();
      break;
    case 'archive':
      await sql`update slas set archived_at = ${change.archived ? sql`now()` : null}
        where code = ${change.key.split(' ')[1]}`.execute(db);
      break;
    case 'delete':
      await sql`delete from measurements where period = ${change.period}
        and sla_id = (select id from slas where code = ${change.key.split(' ')[1]})`.execute(db);
      break;
  }
  await transact(db, async () => {});
}

describe.each(testDatabases())('kept figures on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await writeWorkedExample(handle.db);
    await transact(handle.db, async () => {});
  });
  afterAll(() => handle?.close());

  it('keeps the credits of the worked example as a computation from scratch gives them', async () => {
    const kept = await keptCredits(handle.db);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(await recomputedCredits(handle.db));
  });

  it('keeps them right through any sequence of imports, level and term changes, archiving and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 6 }), async (changes) => {
        for (const change of changes) {
          await run(handle.db, change);
          expect(await keptCredits(handle.db)).toEqual(await recomputedCredits(handle.db));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) > 50 ? 12 : 4 },
    );
  }, 120_000);

  it('leaves nothing to recompute after a write through the app', async () => {
    await importCsv(handle.db, 'measurements.csv', 'engagement,sla,period,actual\nENG-001,ASA,2025-07,60');
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from figures_dirty`.execute(
      handle.db,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
