import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initialSchema from './migrations/0001-initial-schema.ts';
import * as auditAddress from './migrations/0002-audit-address-and-sign-in-index.ts';
import * as alertAcknowledgements from './migrations/0003-alert-acknowledgements.ts';
import * as auditEngagement from './migrations/0004-audit-engagement.ts';
import * as engagementMonthFacts from './migrations/0005-engagement-month-facts.ts';
import * as dataVersion from './migrations/0006-data-version.ts';
import * as namedChecks from './migrations/0007-named-checks.ts';
import * as signInAttempts from './migrations/0008-sign-in-attempts.ts';
import * as keptFigures from './migrations/0009-kept-figures.ts';
import * as notifications from './migrations/0010-notifications.ts';
import * as savedViews from './migrations/0012-saved-views.ts';
import * as creditNotes from './migrations/0013-credit-notes.ts';
import * as figureRevisions from './migrations/0014-figure-revisions.ts';
import * as overdueDeliverables from './migrations/0015-overdue-deliverables-indexes.ts';
import * as creditUpkeepByMonths from './migrations/0016-credit-upkeep-by-months.ts';
import * as vendorRevisions from './migrations/0017-vendor-revisions.ts';
import { transact } from './transact.ts';

/** Migrations in order; names sort in the order they must run. A released migration is never edited. */
const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-audit-address-and-sign-in-index': auditAddress,
  '0003-alert-acknowledgements': alertAcknowledgements,
  '0004-audit-engagement': auditEngagement,
  '0005-engagement-month-facts': engagementMonthFacts,
  '0006-data-version': dataVersion,
  '0007-named-checks': namedChecks,
  '0008-sign-in-attempts': signInAttempts,
  '0009-kept-figures': keptFigures,
  '0010-notifications': notifications,
  '0012-saved-views': savedViews,
  '0013-credit-notes': creditNotes,
  '0014-figure-revisions': figureRevisions,
  '0015-overdue-deliverables-indexes': overdueDeliverables,
  '0016-credit-upkeep-by-months': creditUpkeepByMonths,
  '0017-vendor-revisions': vendorRevisions,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema to the latest migration; throws with the failing migration's name. */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on the untyped schema, as migrations do.
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Migration failed${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A migration may leave figures to compute (0009 fills the kept credits): the rules run here, in JavaScript.
  await transact(db, async () => {});
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
