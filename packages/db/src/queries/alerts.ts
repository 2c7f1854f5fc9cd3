import {
  type Acknowledgement,
  type AlertFacts,
  DUE_SOON_DAYS,
  type EngagementFilter,
  fiscalYearOf,
  type IsoDate,
  missingReportWindow,
  type OpenDeliverableFact,
  type Period,
  periodOfDate,
  RENEWAL_WINDOWS,
  type RenewalFact,
} from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { DELIVERABLE_NAMES, undeliveredBy } from './deliverables.ts';
import { filteredEngagementIds } from './engagement-filter.ts';
import { loadMissingReportFacts } from './missing-reports.ts';
import { loadEngagementTerms, loadFxRatesThrough, loadMonthlyCharges } from './report-facts.ts';
import { loadChronicFacts, loadMonthToDateFacts, loadTrendFacts } from './sla-alert-facts.ts';

/**
 * The facts the early-warning rules run on (packages/domain/src/alerts), each grouped in SQL so that only a few
 * small rows per SLA, engagement or open deliverable leave the database, never the measurements themselves.
 */

/** Engagements (not archived) ending between today and 90 days after it. */
export function loadRenewalFacts(db: Db, filter: EngagementFilter, today: IsoDate): Promise<RenewalFact[]> {
  const days = Math.max(...RENEWAL_WINDOWS);
  return db
    .selectFrom('engagements as e')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('e.status', '<>', 'archived')
    .where('e.end_date', '>=', today)
    .where(sql<boolean>`e.end_date <= cast(${today} as date) + ${days}::integer`)
    .select([
      'e.code as engagement',
      'e.name as engagementName',
      'v.name as vendor',
      'e.type',
      'e.owner',
      sql<string>`e.end_date`.as('endDate'),
    ])
    .orderBy('e.end_date')
    .orderBy('e.code')
    .execute();
}

/** KPO deliverables, not cancelled and not delivered by today, due before today or within the week ahead. */
export function loadOpenDeliverables(
  db: Db,
  filter: EngagementFilter,
  today: IsoDate,
): Promise<OpenDeliverableFact[]> {
  return undeliveredBy(db, filter, today)
    .where('e.status', '<>', 'archived')
    .where(sql<boolean>`d.due_date <= cast(${today} as date) + ${DUE_SOON_DAYS}::integer`)
    .select([...DELIVERABLE_NAMES, 'd.due_date as dueDate', 'd.delivered_date as deliveredDate', 'd.status'])
    .orderBy('d.due_date')
    .orderBy('e.code')
    .orderBy('d.code')
    .execute();
}

/**
 * Budgets, the fiscal year's charges up to the current month and its FX rates: the budget-overrun alert's facts, and
 * the Spend page's budget table's (so both say the same).
 */
export async function loadBudgetFacts(
  db: Db,
  filter: EngagementFilter,
  current: Period,
  fiscalYearStart: number,
) {
  const fiscalYear = fiscalYearOf(current, fiscalYearStart);
  const [terms, charges, fxRates] = await Promise.all([
    loadEngagementTerms(db, filter),
    loadMonthlyCharges(db, filter, fiscalYear.from, current),
    loadFxRatesThrough(db, fiscalYear.to),
  ]);
  return {
    terms: terms
      .filter((t) => t.annualBudget !== null && t.status !== 'archived')
      .map((t) => ({
        id: t.id,
        code: t.code,
        name: t.name,
        vendor: t.vendor,
        currency: t.currency,
        annualBudget: t.annualBudget,
        startDate: t.startDate,
        endDate: t.endDate,
      })),
    charges: charges.map((c) => ({ engagementId: c.engagementId, period: c.period, total: c.total })),
    fxRates,
  };
}

/** Everything the alert rules need on `today`, for the engagements a filter selects. */
export async function loadAlertFacts(
  db: Db,
  filter: EngagementFilter,
  settings: { today: IsoDate; fiscalYearStart: number },
): Promise<AlertFacts> {
  const current = periodOfDate(settings.today);
  const [monthToDate, trends, chronic, missingReports, renewals, budget, deliverables] = await Promise.all([
    loadMonthToDateFacts(db, filter, current),
    loadTrendFacts(db, filter, current),
    loadChronicFacts(db, filter, current),
    loadMissingReportFacts(db, filter, missingReportWindow(current), { runningIn: current }),
    loadRenewalFacts(db, filter, settings.today),
    loadBudgetFacts(db, filter, current, settings.fiscalYearStart),
    loadOpenDeliverables(db, filter, settings.today),
  ]);
  return { monthToDate, trends, chronic, missingReports, renewals, budget, deliverables };
}

/** The latest acknowledgement of every alert key. */
export async function loadLatestAcknowledgements(db: Db): Promise<Acknowledgement[]> {
  const rows = await db
    .selectFrom('alert_acknowledgements')
    .distinctOn('alert_key')
    .select(['alert_key', 'magnitude', 'comment', 'actor', 'acknowledged_at'])
    .orderBy('alert_key')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    key: row.alert_key,
    magnitude: Number(row.magnitude),
    comment: row.comment,
    actor: row.actor,
    at: new Date(row.acknowledged_at).toISOString(),
  }));
}

/** Records an acknowledgement; call it in the transaction that records its audit event. */
export async function insertAcknowledgement(
  db: Db,
  row: {
    key: string;
    magnitude: number;
    comment: string;
    userId: number | null;
    tokenId: number | null;
    actor: string;
  },
): Promise<Acknowledgement> {
  const inserted = await db
    .insertInto('alert_acknowledgements')
    .values({
      alert_key: row.key,
      magnitude: row.magnitude,
      comment: row.comment,
      user_id: row.userId,
      token_id: row.tokenId,
      actor: row.actor,
    })
    .returning(['alert_key', 'magnitude', 'comment', 'actor', 'acknowledged_at'])
    .executeTakeFirstOrThrow();
  return {
    key: inserted.alert_key,
    magnitude: Number(inserted.magnitude),
    comment: inserted.comment,
    actor: inserted.actor,
    at: new Date(inserted.acknowledged_at).toISOString(),
  };
}

/** The id of an engagement by its code (null when unknown), to tie an audit event to its history. */
export async function findEngagementId(db: Db, code: string): Promise<number | null> {
  const row = await db.selectFrom('engagements').where('code', '=', code).select('id').executeTakeFirst();
  return row?.id ?? null;
}
