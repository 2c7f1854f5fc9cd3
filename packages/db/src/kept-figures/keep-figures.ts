import {
  creditsOfMonth,
  type EngagementCredit,
  type FailedCriticalFact,
  monthsBetweenInclusive,
  type Period,
  parseMoney,
} from '@portfolio/domain';
import { sql } from 'kysely';
import { copyCsv } from '../copy-in.ts';
import { csvLine } from '../copy-text.ts';
import type { Db } from '../create-db.ts';
import {
  type EngagementMonths,
  engagementMonthsTable,
  loadFailedCriticalSlas,
} from '../queries/report-facts.ts';
import { allSettledOrThrow, yieldToIo } from '../yield-to-io.ts';

/**
 * Engagements recomputed per round: at most 2,000, and about 10,000 of their months, so that their facts and credits
 * stay a few megabytes at a time and a big import's upkeep runs in rounds the database and the JavaScript share
 * (one reads and writes while the other computes). A span open at either end counts as three years.
 */
export type UpkeepRounds = { engagements: number; months: number };
const ROUNDS: UpkeepRounds = { engagements: 2_000, months: 10_000 };
const WHOLE_SPAN_MONTHS = 36;

/** The spans cut into rounds. */
function roundsOf(spans: readonly Span[], limits: UpkeepRounds): Span[][] {
  const rounds: Span[][] = [];
  let round: Span[] = [];
  let months = 0;
  for (const span of spans) {
    round.push(span);
    months +=
      span.from === FIRST || span.to === LAST
        ? WHOLE_SPAN_MONTHS
        : monthsBetweenInclusive(span.from, span.to);
    if (round.length >= limits.engagements || months >= limits.months) {
      rounds.push(round);
      round = [];
      months = 0;
    }
  }
  if (round.length > 0) rounds.push(round);
  return rounds;
}

/**
 * Keeps the figures of the engagements that changed (`figures_dirty`, filled by triggers in the same transaction as
 * the change) right: the service credits of the months a change may have moved are computed again with the rules of
 * packages/domain and replace the kept ones. Call it inside the writing transaction, before it commits (`transact`
 * does); a reader that finds engagements still listed (written by psql) calls it too. Upkeeps run one at a time (a
 * transaction lock, held to the end of the caller's transaction), so two writers never replace the same credits at
 * once and the second sees what the first committed. Returns how many engagements it recomputed. `limits` is for
 * tests: with rounds of one engagement, every read and write runs beside another round's.
 */
export async function keepFigures(trx: Db, limits: UpkeepRounds = ROUNDS): Promise<number> {
  const { rows } = await sql<Dirty>`
    delete from figures_dirty returning engagement_id, from_period, to_period`.execute(trx);
  if (rows.length === 0) return 0;
  await sql`select pg_advisory_xact_lock(hashtext('portfolio.kept-figures'))`.execute(trx);
  const spans = await reachBack(trx, changedMonths(rows));
  const rounds = roundsOf(spans, limits);
  // The database reads the next round and writes the last one's credits while this one's are computed: a round's
  // reads touch no kept credit and its writes only its own engagements', so their order across rounds is free.
  let next = rounds[0] ? loadRound(trx, rounds[0]) : null;
  const writes: Promise<void>[] = [];
  try {
    for (const [index, round] of rounds.entries()) {
      const loaded = await next;
      const following = rounds[index + 1];
      next = following ? loadRound(trx, following) : null;
      // Awaited at the next turn (or below); a failure meanwhile must not count as unhandled.
      next?.catch(() => undefined);
      if (!loaded) continue;
      const written = replaceCredits(trx, round, await creditsOf(loaded));
      written.catch(() => undefined);
      writes.push(written);
    }
  } finally {
    // Whatever failed, every statement has ended before the transaction does: nothing runs after its rollback.
    await Promise.allSettled([next, ...writes]);
  }
  await Promise.all(writes);
  return spans.length;
}

type Dirty = { engagement_id: number; from_period: string | null; to_period: string | null };

/** An engagement and the months of it whose credits are computed again. */
type Span = EngagementMonths;

/** Before and after every month: a span of them is the whole engagement. */
const FIRST: Period = '0000-01';
const LAST: Period = '9999-12';

/** One span per engagement: from the first to the last month any change listed, or all when one gave none. */
function changedMonths(rows: readonly Dirty[]): Span[] {
  const spans = new Map<number, Span>();
  for (const row of rows) {
    const from = row.from_period ?? FIRST;
    const to = row.to_period ?? LAST;
    const span = spans.get(row.engagement_id);
    if (!span) spans.set(row.engagement_id, { id: row.engagement_id, from, to });
    else {
      if (from < span.from) span.from = from;
      if (to > span.to) span.to = to;
    }
  }
  return [...spans.values()].sort((a, b) => a.id - b.id);
}

/**
 * The spans reaching back over the earn-back window: a credit of month p reads the next `earn_back_months` months
 * measured after p, so a change to month q also moves the credits of the months whose window reaches q, the last
 * `earn_back_months` months measured before q of each of the engagement's critical SLAs. Measured after the
 * change: a month deleted no longer counts, and was in no window that does not now reach q.
 */
async function reachBack(trx: Db, spans: readonly Span[]): Promise<Span[]> {
  const partial = spans.filter((span) => span.from !== FIRST);
  if (partial.length === 0) return [...spans];
  const { rows } = await sql<{ id: number; from: Period }>`
    select r.id, min(w.period) as from
    from ${engagementMonthsTable(partial)}
    join engagements e on e.id = r.id
    join slas s on s.engagement_id = r.id and s.kind = 'critical'
    cross join lateral (
      select l.period from measurements l where l.sla_id = s.id and l.period < r.from_period
      order by l.period desc limit e.earn_back_months
    ) w
    group by r.id`.execute(trx);
  const earlier = new Map(rows.map((row) => [row.id, row.from]));
  return spans.map((span) => {
    const from = earlier.get(span.id);
    return from !== undefined && from < span.from ? { ...span, from } : span;
  });
}

/** Whether a write left engagements to recompute (only outside the app: the app's writes keep their own). */
export async function hasDirtyFigures(db: Db): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) => eb.exists(eb.selectFrom('figures_dirty').select('engagement_id')).as('dirty'))
    .executeTakeFirstOrThrow();
  return Boolean(row.dirty);
}

/** What a round's credits are computed from: its engagements' terms, failed critical SLAs and credit bases. */
async function loadRound(trx: Db, spans: readonly Span[]) {
  // Sent together: the database reads all three while the JavaScript is busy with the round before.
  const [terms, failed, bases] = await allSettledOrThrow([
    trx
      .selectFrom('engagements')
      // One array parameter, not 2,000 placeholders to bind.
      .where(sql<boolean>`id = any(${spans.map((span) => span.id)}::int[])`)
      .select([
        'id',
        'currency',
        'at_risk_pct as atRiskPct',
        'earn_back_months as earnBackMonths',
        'end_date as endDate',
      ])
      .execute(),
    loadFailedCriticalSlas(trx, { spans }),
    creditBases(trx, spans),
  ]);
  return { terms, failed, bases };
}

/** Months whose credits are computed between two looks at pending I/O. */
const MONTHS_AT_A_TIME = 500;

/** The credits of each month of the round with a failed critical SLA, by the rules of packages/domain. */
async function creditsOf({ terms, failed, bases }: Awaited<ReturnType<typeof loadRound>>) {
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
  let months = 0;
  for (const [key, group] of byMonth) {
    const first = group[0];
    const engagement = first && termsById.get(first.engagementId);
    if (!first || !engagement) continue;
    const base = baseOf.get(key);
    credits.push(...creditsOfMonth(engagement, first.period, base?.base ?? 0, group, base?.notes ?? 0));
    months += 1;
    if (months % MONTHS_AT_A_TIME === 0) await yieldToIo();
  }
  return credits;
}

/**
 * Replaces the kept credits of the spans' months with these. The old ones are found span by span in the index on
 * (engagement, month), the lateral subquery kept apart by `offset 0` (as in failedInSpans): given the months' bounds
 * beside the spans, PostgreSQL read them from the index on the month alone, which inside an import's transaction it
 * believed empty (its statistics know nothing of the months just written), and so went through every credit the
 * rounds before had just written for those months: 337 ms for 2,000 engagements against 4 ms span by span, and a
 * million-row import at scale 100 has about 25 such rounds.
 */
async function replaceCredits(trx: Db, spans: readonly Span[], credits: readonly EngagementCredit[]) {
  await sql`delete from engagement_credits c
    using ${engagementMonthsTable(spans)}
    cross join lateral (
      select o.sla_id, o.period from engagement_credits o
      where o.engagement_id = r.id and o.period between r.from_period and r.to_period
      offset 0
    ) o
    where c.sla_id = o.sla_id and c.period = o.period`.execute(trx);
  if (credits.length > 0) await copyCsv(trx, 'engagement_credits', COLUMNS, credits.map(toLine).join('\n'));
}

/**
 * The base + volume charges of the engagements' months, in their currencies, with the credit notes among them
 * (a month whose base nets to zero or below still has its credit notes, to explain why nothing is at risk).
 */
async function creditBases(trx: Db, spans: readonly Span[]) {
  const { rows } = await sql<{
    engagementId: number;
    period: Period;
    creditBase: string;
    creditNotes: string;
  }>`
    select f.engagement_id as "engagementId", f.period, f.credit_base as "creditBase",
      f.credit_base_notes as "creditNotes"
    from ${engagementMonthsTable(spans)}
    cross join lateral (
      select * from engagement_month_facts f
      where f.engagement_id = r.id and f.period between r.from_period and r.to_period
        and (f.credit_base <> 0 or f.credit_base_notes <> 0)
      offset 0
    ) f`.execute(trx);
  return rows;
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
