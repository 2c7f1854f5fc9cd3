import { type Db, type DbHandle, loadPortfolioFacts, seedDemo } from '@portfolio/db';
import { testDatabases } from '@portfolio/db/testing';
import { buildPortfolioReport, buildSeries, type ReportInput, reportScope } from '@portfolio/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from './test-caller.ts';

/**
 * The figure cells are kept per range and read again only for the engagements a write moved (figure-cells.ts,
 * migration 0014). One caller, so one set of kept cells, answers after each kind of write — to every table the
 * figures are read from, by SQL behind the app's back as psql would — and must equal the rules computed afresh.
 */
const TODAY = '2026-11-15';
const RANGE: ReportInput = { from: '2025-12', to: '2026-11' };
const OFFSHORE: ReportInput = { ...RANGE, locations: ['offshore'] };

async function firstEngagement(db: Db, where: 'BPO' | 'KPO') {
  return db
    .selectFrom('engagements')
    .where('type', '=', where)
    .select(['id', 'code', 'currency', 'vendor_id'])
    .orderBy('code')
    .executeTakeFirstOrThrow();
}

const WRITES: [string, (db: Db) => Promise<unknown>][] = [
  [
    'a measurement breached',
    async (db) => {
      const bpo = await firstEngagement(db, 'BPO');
      await sql`update measurements set status = 'breached'
        where id = (select m.id from measurements m join slas s on s.id = m.sla_id
          where s.engagement_id = ${bpo.id} and s.kind = 'critical' and m.period = '2026-09' order by m.id limit 1)`.execute(
        db,
      );
    },
  ],
  [
    'a charge added',
    async (db) => {
      const kpo = await firstEngagement(db, 'KPO');
      await db
        .insertInto('charges')
        .values({
          engagement_id: kpo.id,
          invoice: 'INV-CELLS-1',
          period: '2026-10',
          category: 'one_off',
          amount: '1234.56',
        })
        .execute();
    },
  ],
  [
    'an SLA archived',
    async (db) => {
      const bpo = await firstEngagement(db, 'BPO');
      await sql`update slas set archived_at = now()
        where id = (select id from slas where engagement_id = ${bpo.id} order by code limit 1)`.execute(db);
    },
  ],
  [
    'terms changed',
    async (db) => {
      const bpo = await firstEngagement(db, 'BPO');
      await db
        .updateTable('engagements')
        .set({
          baseline_monthly_cost: '98765.43',
          planned_monthly_savings: '1111.11',
          end_date: '2026-08-31',
        })
        .where('id', '=', bpo.id)
        .execute();
    },
  ],
  [
    'an engagement moved offshore',
    async (db) => {
      await sql`update engagements set location = 'offshore'
        where id = (select id from engagements where location <> 'offshore' order by code limit 1)`.execute(
        db,
      );
    },
  ],
  ['a vendor renamed', (db) => sql`update vendors set name = name || ' (renamed)' where id = 1`.execute(db)],
  [
    // A new engagement of a new vendor, running in the range with nothing recorded yet: listed, under its vendor.
    'an engagement added',
    async (db) => {
      const vendor = await db
        .insertInto('vendors')
        .values({ name: 'Zenith Cells' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('engagements')
        .values({
          code: 'ENG-CELLS',
          name: 'Added after the cells were kept',
          vendor_id: vendor.id,
          type: 'BPO',
          service_line: 'finance_accounting',
          location: 'offshore',
          start_date: '2026-10-01',
          currency: 'USD',
          baseline_monthly_cost: '1000.00',
        })
        .execute();
    },
  ],
  [
    // Ended before the range, its charges in the range removed: no longer listed.
    'an engagement ended before the range',
    async (db) => {
      const kpo = await db
        .selectFrom('engagements')
        .where('type', '=', 'KPO')
        .where('start_date', '<', '2025-11-30')
        .select('id')
        .orderBy('code')
        .executeTakeFirstOrThrow();
      await db
        .deleteFrom('charges')
        .where('engagement_id', '=', kpo.id)
        .where('period', '>=', '2025-12')
        .execute();
      await db.updateTable('engagements').set({ end_date: '2025-11-30' }).where('id', '=', kpo.id).execute();
    },
  ],
  [
    // A transaction that took its revision before another's and committed after it was read: its revision is below
    // the highest one a reader has seen, and only the count and sum of the revisions tell the reader it missed one.
    'a write committed late',
    async (db) => {
      const kpo = await firstEngagement(db, 'KPO');
      await db
        .insertInto('charges')
        .values({
          engagement_id: kpo.id,
          invoice: 'INV-CELLS-2',
          period: '2026-09',
          category: 'one_off',
          amount: '99.99',
        })
        .execute();
      await sql`update engagement_revisions set revision = 0 where engagement_id = ${kpo.id}`.execute(db);
    },
  ],
  [
    'an FX rate changed',
    (db) =>
      sql`update fx_rates set rate = rate * 1.01 where period = '2026-06' and currency <> 'USD'`.execute(db),
  ],
  [
    'charges removed',
    async (db) => {
      const kpo = await firstEngagement(db, 'KPO');
      await db
        .deleteFrom('charges')
        .where('engagement_id', '=', kpo.id)
        .where('period', '=', '2026-03')
        .execute();
    },
  ],
];

describe.each(testDatabases())('kept figure cells after writes on $name', ({ open }) => {
  let handle: DbHandle;
  // One caller for the whole file: its kept cells must follow every write.
  let api: ReturnType<typeof testCaller>;
  beforeAll(async () => {
    handle = await open();
    await seedDemo(handle.db, { today: TODAY, seed: 5 });
    api = testCaller(handle, TODAY);
  });
  afterAll(() => handle?.close());

  async function expectFresh() {
    for (const input of [RANGE, OFFSHORE]) {
      const scope = reportScope(input.from, input.to, TODAY);
      const facts = await loadPortfolioFacts(handle.db, input, scope);
      expect(await api.report.portfolio(input)).toEqual(buildPortfolioReport(facts, scope, 'USD'));
      expect(await api.report.series({ ...input, by: 'vendor', perMonth: true })).toEqual(
        buildSeries(facts, scope, 'USD', 'vendor', true),
      );
    }
  }

  it('answers as the rules before any write', expectFresh);

  it.each(WRITES)('answers as the rules after %s', async (_name, write) => {
    await write(handle.db);
    await expectFresh();
  });
});
