import {
  type Acknowledgement,
  type AlertFacts,
  addMonths,
  type ChronicFact,
  chronicWindow,
  DUE_SOON_DAYS,
  type EngagementFilter,
  firstDayOfPeriod,
  fiscalYearOf,
  type IsoDate,
  lastDayOfPeriod,
  MONTH_TO_DATE_RECENT_MONTHS,
  type MonthToDateFact,
  missingReportWindow,
  type OpenDeliverableFact,
  type Period,
  periodOfDate,
  RENEWAL_WINDOWS,
  type RenewalFact,
  type SlaFailure,
  TREND_MIN_POINTS,
  TREND_MONTHS,
  type TrendFact,
} from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';
import { loadMissingReportFacts } from './missing-reports.ts';
import { loadEngagementTerms, loadFxRatesThrough, loadMonthlyCharges } from './report-facts.ts';

/**
 * The facts the early-warning rules run on (packages/domain/src/alerts), each grouped in SQL so that only a few
 * small rows per SLA, engagement or open deliverable leave the database, never the measurements themselves.
 */

/**
 * The SLAs (not archived) of the filtered engagements (not archived: an archived engagement warns of nothing)
 * that run in `period`, with their engagement and vendor.
 */
function runningSlas(db: Db, filter: EngagementFilter, period: Period) {
  return db
    .selectFrom('slas as s')
    .innerJoin('engagements as e', 'e.id', 's.engagement_id')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('e.status', '<>', 'archived')
    .where('s.archived_at', 'is', null)
    .where('e.start_date', '<=', lastDayOfPeriod(period))
    .where((eb) => eb.or([eb('e.end_date', 'is', null), eb('e.end_date', '>=', firstDayOfPeriod(period))]));
}

const SLA_COLUMNS = [
  'e.code as engagement',
  'e.name as engagementName',
  'v.name as vendor',
  's.code as sla',
  's.name as slaName',
  's.unit',
  's.direction',
  's.expected',
  's.minimum',
  's.kind',
] as const;

/**
 * Month-to-date entries: this month's measurements reported with numerator and denominator, each with the count
 * and sum of the denominators of the last three closed months, and their highest and lowest actual.
 */
export async function loadMonthToDateFacts(
  db: Db,
  filter: EngagementFilter,
  current: Period,
): Promise<MonthToDateFact[]> {
  const recentFrom = addMonths(current, -MONTH_TO_DATE_RECENT_MONTHS);
  const rows = await runningSlas(db, filter, current)
    .innerJoin('measurements as m', 'm.sla_id', 's.id')
    .where('m.period', '=', current)
    .where('m.numerator', 'is not', null)
    .where('m.denominator', 'is not', null)
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('measurements as r')
          .whereRef('r.sla_id', '=', 'm.sla_id')
          .where('r.period', '>=', recentFrom)
          .where('r.period', '<', current)
          .select([
            sql<number>`count(r.denominator)`.as('volumeMonths'),
            sql<string | null>`sum(r.denominator)`.as('volume'),
            sql<string | null>`max(r.actual)`.as('highest'),
            sql<string | null>`min(r.actual)`.as('lowest'),
          ])
          .as('recent'),
      (join) => join.onTrue(),
    )
    .select([
      ...SLA_COLUMNS,
      'm.period',
      'm.numerator',
      'm.denominator',
      'recent.volumeMonths',
      'recent.volume',
      'recent.highest',
      'recent.lowest',
    ])
    .orderBy('e.code')
    .orderBy('s.code')
    .execute();
  return rows.map(({ numerator, denominator, volumeMonths, volume, highest, lowest, ...row }) => ({
    ...row,
    numerator: numerator ?? '0',
    denominator: denominator ?? '0',
    recentVolumeMonths: volumeMonths ?? 0,
    recentVolume: volume,
    recentBest: row.direction === 'higher_is_better' ? highest : lowest,
  }));
}

/**
 * The least-squares sums of each SLA's monthly values over the last six closed months, x being the months before the
 * current one (−1 for last month); SLAs with fewer than three measured months are left out. Measurements are
 * grouped by SLA first, then joined to the SLAs' descriptions.
 */
export async function loadTrendFacts(
  db: Db,
  filter: EngagementFilter,
  current: Period,
): Promise<TrendFact[]> {
  const months = Array.from({ length: TREND_MONTHS }, (_, i) => ({
    period: addMonths(current, i - TREND_MONTHS),
    x: i - TREND_MONTHS,
  }));
  const x = sql<number>`(case m.period ${sql.join(
    months.map((month) => sql`when ${month.period} then ${sql.lit(month.x)}`),
    sql` `,
  )} end)`;
  const rows = await runningSlas(db, filter, current)
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('measurements as m')
          .where('m.period', '>=', addMonths(current, -TREND_MONTHS))
          .where('m.period', '<', current)
          .groupBy('m.sla_id')
          .having(sql<boolean>`count(*) >= ${TREND_MIN_POINTS}`)
          .select([
            'm.sla_id as slaId',
            sql<number>`count(*)`.as('n'),
            sql<number>`sum(${x})`.as('sumX'),
            sql<string>`sum(m.actual)`.as('sumY'),
            sql<string>`sum(${x} * m.actual)`.as('sumXY'),
            sql<number>`sum(${x} * ${x})`.as('sumXX'),
          ])
          .as('t'),
      (join) => join.onRef('t.slaId', '=', 's.id'),
    )
    .select([...SLA_COLUMNS, 't.n', 't.sumX', 't.sumY', 't.sumXY', 't.sumXX'])
    .orderBy('e.code')
    .orderBy('s.code')
    .execute();
  return rows.map(({ n, sumX, sumY, sumXY, sumXX, ...row }) => ({
    ...row,
    sums: { n, sumX: String(sumX), sumY, sumXY, sumXX: String(sumXX) },
  }));
}

/**
 * The months of the last 12 closed ones in which each SLA missed or breached, for SLAs with at least three such
 * months (fewer can trigger neither rule).
 */
export async function loadChronicFacts(
  db: Db,
  filter: EngagementFilter,
  current: Period,
): Promise<ChronicFact[]> {
  const window = chronicWindow(current);
  const rows = await runningSlas(db, filter, current)
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('measurements as m')
          .where('m.period', '>=', window.from)
          .where('m.period', '<=', window.to)
          .where('m.status', '<>', 'met')
          .groupBy('m.sla_id')
          .having(sql<boolean>`count(*) >= 3`)
          .select([
            'm.sla_id as slaId',
            sql<string>`string_agg(m.period || ':' || m.status, ',' order by m.period)`.as('failed'),
          ])
          .as('f'),
      (join) => join.onRef('f.slaId', '=', 's.id'),
    )
    .select([...SLA_COLUMNS, 'f.failed'])
    .orderBy('e.code')
    .orderBy('s.code')
    .execute();
  return rows.map(({ failed, ...row }) => ({
    ...row,
    failures: failed.split(',').map((entry): SlaFailure => {
      const [period = '', status = ''] = entry.split(':');
      return { period, status: status === 'breached' ? 'breached' : 'missed' };
    }),
  }));
}

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
  return db
    .selectFrom('deliverables as d')
    .innerJoin('engagements as e', 'e.id', 'd.engagement_id')
    .innerJoin('vendors as v', 'v.id', 'e.vendor_id')
    .where('e.id', 'in', filteredEngagementIds(db, filter))
    .where('e.type', '=', 'KPO')
    .where('e.status', '<>', 'archived')
    .where('d.status', '<>', 'cancelled')
    .where((eb) => eb.or([eb('d.delivered_date', 'is', null), eb('d.delivered_date', '>', today)]))
    .where(sql<boolean>`d.due_date <= cast(${today} as date) + ${DUE_SOON_DAYS}::integer`)
    .select([
      'e.code as engagement',
      'e.name as engagementName',
      'v.name as vendor',
      'd.code',
      'd.title',
      'd.due_date as dueDate',
      'd.delivered_date as deliveredDate',
      'd.status',
    ])
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
