import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { transact } from '../transact.ts';
import { demoContext, engagementCount, planEngagements, planFxRates, planVendors } from './plan.ts';
import type { DemoOptions } from './plan-types.ts';
import { type DemoCounts, writeDemo } from './write.ts';

export type { DemoOptions } from './plan-types.ts';
export type { DemoCounts } from './write.ts';

/** Whether the portfolio is empty: no vendors and no engagements (users, settings and FX rates do not count). */
export async function isEmptyPortfolio(db: Db): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom('vendors').select('id')).as('hasVendors'),
      eb.exists(eb.selectFrom('engagements').select('id')).as('hasEngagements'),
    ])
    .executeTakeFirstOrThrow();
  return !row.hasVendors && !row.hasEngagements;
}

/**
 * Fills an empty portfolio with a deterministic demo: about 12 vendors and 30 engagements (111 more per step of
 * `scale` above 1) with their SLAs, 24 months of measurements, charges, KPO deliverables and FX rates, all dated
 * from `today`. The same seed, scale and today give exactly the same rows. One transaction: it writes everything
 * or nothing. The tables' statistics are refreshed afterwards, so the first reports get good query plans.
 */
export async function seedDemo(db: Db, options: DemoOptions): Promise<DemoCounts> {
  const context = demoContext(options);
  const plans = planEngagements(context, engagementCount(options.scale ?? 1));
  const counts = await transact(db, async (trx) => {
    if (!(await isEmptyPortfolio(trx))) {
      throw new Error(
        'The demo portfolio can only be seeded into an empty database (it has vendors or engagements)',
      );
    }
    return writeDemo(trx, context, planVendors(), plans, planFxRates(context));
  });
  await sql`analyze`.execute(db);
  return counts;
}
