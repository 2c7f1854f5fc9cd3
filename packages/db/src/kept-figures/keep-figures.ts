import {
  creditsOfMonth,
  type EngagementCredit,
  type FailedCriticalFact,
  parseMoney,
} from '@portfolio/domain';
import { sql } from 'kysely';
import { copyCsv, csvLine } from '../copy-in.ts';
import type { Db } from '../create-db.ts';
import { loadFailedCriticalSlas } from '../queries/report-facts.ts';

/** Engagements recomputed per round: their facts and credits stay a few megabytes at a time. */
const CHUNK = 2_000;

/**
 * Keeps the figures of the engagements that changed (`figures_dirty`, filled by triggers in the same transaction as
 * the change) right: every service credit of theirs is computed again with the rules of packages/domain and
 * replaces the kept ones. Call it inside the writing transaction, before it commits (`transact` does); a reader
 * that finds engagements still listed (written by psql) calls it too. Upkeeps run one at a time (a transaction lock,
 * held to the end of the caller's transaction), so two writers never replace the same credits at once and the
 * second sees what the first committed. Returns how many engagements it recomputed.
 */
export async function keepFigures(trx: Db): Promise<number> {
  const { rows } = await sql<{ engagement_id: number }>`
    delete from figures_dirty returning engagement_id`.execute(trx);
  if (rows.length === 0) return 0;
  await sql`select pg_advisory_xact_lock(hashtext('portfolio.kept-figures'))`.execute(trx);
  const ids = [...new Set(rows.map((row) => row.engagement_id))].sort((a, b) => a - b);
  for (let start = 0; start < ids.length; start += CHUNK) {
    await replaceCredits(trx, ids.slice(start, start + CHUNK));
  }
  return ids.length;
}

/** Whether a write left engagements to recompute (only outside the app: the app's writes keep their own). */
export async function hasDirtyFigures(db: Db): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) => eb.exists(eb.selectFrom('figures_dirty').select('engagement_id')).as('dirty'))
    .executeTakeFirstOrThrow();
  return Boolean(row.dirty);
}

async function replaceCredits(trx: Db, ids: readonly number[]): Promise<void> {
  const terms = await trx
    .selectFrom('engagements')
    .where('id', 'in', ids)
    .select([
      'id',
      'currency',
      'at_risk_pct as atRiskPct',
      'earn_back_months as earnBackMonths',
      'end_date as endDate',
    ])
    .execute();
  const failed = await loadFailedCriticalSlas(trx, { engagementIds: ids });
  const bases = failed.length === 0 ? [] : await creditBases(trx, ids);
  const baseOf = new Map(
    bases.map((row) => [
      `${row.engagementId} ${row.period}`,
      { base: parseMoney(row.creditBase), notes: parseMoney(row.creditNotes) },
    ]),
  );
  const byMonth = new Map<string, FailedCriticalFact[]>();
  for (const row of failed) {
    const key = `${row.engagementId} ${row.period}`;
    const group = byMonth.get(key);
    if (group) group.push(row);
    else byMonth.set(key, [row]);
  }
  const termsById = new Map(terms.map((row) => [row.id, row]));
  const credits: EngagementCredit[] = [];
  for (const [key, group] of byMonth) {
    const first = group[0];
    const engagement = first && termsById.get(first.engagementId);
    if (!first || !engagement) continue;
    const base = baseOf.get(key);
    credits.push(...creditsOfMonth(engagement, first.period, base?.base ?? 0, group, base?.notes ?? 0));
  }
  await trx.deleteFrom('engagement_credits').where('engagement_id', 'in', ids).execute();
  if (credits.length > 0) await copyCsv(trx, 'engagement_credits', COLUMNS, credits.map(toLine).join('\n'));
}

/**
 * The base + volume charges of the engagements' months, in their currencies, with the credit notes among them
 * (a month whose base nets to zero or below still has its credit notes, to explain why nothing is at risk).
 */
function creditBases(trx: Db, ids: readonly number[]) {
  return trx
    .selectFrom('engagement_month_facts')
    .where('engagement_id', 'in', ids)
    .where((eb) => eb.or([eb('credit_base', '<>', '0'), eb('credit_base_notes', '<>', '0')]))
    .select([
      'engagement_id as engagementId',
      'period',
      'credit_base as creditBase',
      'credit_base_notes as creditNotes',
    ])
    .execute();
}

const COLUMNS = [
  'sla_id',
  'period',
  'engagement_id',
  'cents',
  'status',
  'reason',
  'decided_period',
  'sla_status',
  'actual',
  'credit_base_cents',
  'credit_notes_cents',
  'at_risk_pct',
  'at_risk_cents',
  'allocation_pct',
  'capped',
  'exact_share_cents',
  'earn_back_months',
  'deciding',
] as const;

function toLine(credit: EngagementCredit): string {
  return csvLine([
    credit.slaId,
    credit.period,
    credit.engagementId,
    credit.cents,
    credit.status,
    credit.reason,
    credit.decidedPeriod,
    credit.slaStatus,
    credit.actual,
    credit.creditBaseCents,
    credit.creditNotesCents,
    credit.atRiskPct,
    credit.atRiskCents,
    credit.allocationPct,
    credit.capped,
    credit.exactShareCents,
    credit.earnBackMonths,
    JSON.stringify(credit.deciding),
  ]);
}
