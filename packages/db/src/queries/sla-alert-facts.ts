import {
  addMonths,
  type ChronicFact,
  chronicWindow,
  type EngagementFilter,
  firstDayOfPeriod,
  lastDayOfPeriod,
  MONTH_TO_DATE_RECENT_MONTHS,
  type MonthToDateFact,
  type Period,
  type SlaFailure,
  TREND_MIN_POINTS,
  TREND_MONTHS,
  type TrendFact,
} from '@portfolio/domain';
import { sql } from 'kysely';
import type { Db } from '../create-db.ts';
import { filteredEngagementIds } from './engagement-filter.ts';

// The facts of the SLA alerts (at risk this month, a trend crossing the level, chronic misses), grouped in SQL so
// that a few small rows per SLA leave the database, never the measurements themselves.

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
