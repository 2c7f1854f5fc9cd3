import { copyCsv, type Db, type DbKind, importCsv } from '@portfolio/db';
import { type SlaLevels, slaStatus } from '@portfolio/domain';
import { sql } from 'kysely';
import { log, type Row, type SectionResult } from './results.ts';
import { percentile, ratio } from './stats.ts';

/** The first month of the bench's measurements files: the year 1000, far from the demo's months. */
const FIRST_FILE_MONTH = 1000 * 12;

/**
 * A measurements file of `rows` rows for the SLAs on record, in the months from `firstMonth` on (months counted
 * from the year 0), so that every row is a new measurement; with the month after its last, where the next file
 * can start.
 */
export async function measurementsFile(
  db: Db,
  rows: number,
  firstMonth = FIRST_FILE_MONTH,
): Promise<{ content: string; nextMonth: number }> {
  const { rows: slas } = await sql<{
    engagement: string;
    sla: string;
    direction: string;
    expected: string;
    unit: string;
  }>`
    select e.code as engagement, s.code as sla, s.direction, s.expected, s.unit
    from slas s join engagements e on e.id = s.engagement_id order by s.id`.execute(db);
  if (slas.length === 0) throw new Error('no SLAs to measure');
  const lines = ['engagement,sla,period,actual,numerator,denominator,source,note'];
  let month = firstMonth;
  while (lines.length <= rows) {
    const period = `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
    for (const sla of slas) {
      if (lines.length > rows) break;
      // Around the target, and never a value the unit cannot have (a % above 100, a count that is not whole).
      const around = Number(sla.expected) * (0.9 + (lines.length % 20) / 100);
      const actual =
        sla.unit === 'count'
          ? String(Math.round(around))
          : (sla.unit === '%' ? Math.min(around, 100) : around).toFixed(2);
      lines.push(`${sla.engagement},${sla.sla},${period},${actual},,,bench,`);
    }
    month += 1;
  }
  return { content: `${lines.join('\n')}\n`, nextMonth: month };
}

/** Imports the file with the app's importer (validation, natural keys, statuses, upsert, kept sums): seconds. */
export async function timeImport(db: Db, content: string): Promise<{ seconds: number; inserted: number }> {
  const started = performance.now();
  const count = await importCsv(db, 'measurements.csv', content);
  return { seconds: (performance.now() - started) / 1000, inserted: count.inserted };
}

/** Thrown to roll a timed transaction back. */
class RolledBack extends Error {
  constructor(readonly seconds: number) {
    super('rolled back');
  }
}

/** Seconds `work` takes inside a transaction that is then rolled back (after `setUp`, untimed). */
async function timeRolledBack(
  db: Db,
  work: (trx: Db) => Promise<unknown>,
  setUp?: (trx: Db) => Promise<unknown>,
): Promise<number> {
  try {
    await db.transaction().execute(async (trx) => {
      await setUp?.(trx);
      const started = performance.now();
      await work(trx);
      throw new RolledBack((performance.now() - started) / 1000);
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.seconds;
    throw error;
  }
  throw new Error('the transaction was not rolled back');
}

/**
 * `COPY` of the same rows into `measurements` itself, as they are stored (SLA ids, statuses judged), with the
 * table's keys, checks, indexes and triggers: what the database needs to take these rows in. Also `COPY` of the
 * file's text into a bare temporary table of its shape: how fast the database reads the text, with nothing to
 * check or index. Both rolled back (and the table vacuumed), so that the import then writes the same rows. Seconds.
 */
export async function timeCopy(db: Db, content: string): Promise<{ table: number; staging: number }> {
  const stored = await storedRows(db, content);
  const table = await timeRolledBack(db, (trx) =>
    copyCsv(trx, 'measurements', ['sla_id', 'period', 'actual', 'source', 'status'], stored),
  );
  // The rolled-back rows stay in the table and its unique index until vacuumed: left there, every row of the
  // import would first meet its dead twin.
  await sql`vacuum measurements`.execute(db);
  const columns = ['engagement', 'sla', 'period', 'actual', 'numerator', 'denominator', 'source', 'note'];
  const staging = await timeRolledBack(
    db,
    (trx) => copyCsv(trx, 'measurements_text', columns, content.slice(content.indexOf('\n') + 1)),
    (trx) =>
      sql`create temporary table measurements_text (engagement text, sla text, period text, actual numeric,
        numerator numeric, denominator numeric, source text, note text) on commit drop`.execute(trx),
  );
  return { table, staging };
}

/** The file's rows as `measurements` stores them (untimed): sla_id, period, actual, source, status, as CSV. */
async function storedRows(db: Db, content: string): Promise<string> {
  const { rows } = await sql<SlaLevels & { id: number; engagement: string; code: string }>`
    select s.id, e.code as engagement, s.code, s.direction, s.expected, s.minimum
    from slas s join engagements e on e.id = s.engagement_id`.execute(db);
  const slas = new Map(rows.map((sla) => [`${sla.engagement},${sla.code}`, sla]));
  const lines = content.trimEnd().split('\n').slice(1);
  return `${lines
    .map((line) => {
      const [engagement, code, period, actual = ''] = line.split(',');
      const sla = slas.get(`${engagement},${code}`);
      if (!sla) throw new Error(`no SLA ${engagement} ${code}`);
      return `${sla.id},${period},${actual},bench,${slaStatus(sla, actual)}`;
    })
    .join('\n')}\n`;
}

/**
 * Rounds of the import against COPY. One import of 200,000 rows against one COPY of them gave 0.39× and 0.52× in two
 * runs ten minutes apart on this 2-core machine, the import taking 9.2–9.3 s both times and COPY 3.7–4.8 s: so each
 * round takes its own file (new months) and times COPY of it just before its import, and the goal is judged on the
 * median round.
 */
const ROUNDS = 3;

/** An import of a measurements file of `rows` rows against COPY of the same rows into the same table, in rounds. */
export async function benchImport(section: { kind: DbKind; db: Db; rows: number }): Promise<SectionResult> {
  const { rows, kind, db } = section;
  const rounds: { copy: { table: number; staging: number }; seconds: number }[] = [];
  let firstMonth = FIRST_FILE_MONTH;
  for (let round = 0; round < ROUNDS; round += 1) {
    const file = await measurementsFile(db, rows, firstMonth);
    firstMonth = file.nextMonth;
    // COPY first: it is rolled back, and the import then writes the very same rows.
    const copy = await timeCopy(db, file.content);
    const { seconds } = await timeImport(db, file.content);
    log(`${kind}: import round ${round}: ${seconds.toFixed(1)} s, COPY ${copy.table.toFixed(1)} s`);
    rounds.push({ copy, seconds });
  }
  // Rows per second of the import over those of COPY: COPY's seconds over the import's.
  const ratios = rounds.map((round) => round.copy.table / round.seconds);
  const importVsCopy = percentile(ratios, 50);
  const middle = rounds[ratios.indexOf(importVsCopy)] ?? rounds[0];
  if (!middle) throw new Error('no import round ran');
  const rate = (seconds: number) => `${Math.round(rows / seconds).toLocaleString('en')} rows/s`;
  const table: Row[] = [
    {
      db: kind,
      measure: `import ${rows.toLocaleString('en')} measurements (median of ${ROUNDS})`,
      value: `${middle.seconds.toFixed(1)} s, ${rate(middle.seconds)}`,
      baseline: `COPY into measurements ${middle.copy.table.toFixed(1)} s, ${rate(middle.copy.table)}`,
      ratio: ratio(importVsCopy),
    },
    {
      db: kind,
      measure: '  each round',
      value: rounds.map((round) => `${round.seconds.toFixed(1)} s`).join(', '),
      baseline: `COPY ${rounds.map((round) => `${round.copy.table.toFixed(1)} s`).join(', ')}`,
      ratio: ratios.map((value) => value.toFixed(2)).join(', '),
    },
    {
      db: kind,
      measure: '  the same file against COPY of its text',
      value: `${middle.seconds.toFixed(1)} s`,
      baseline: `COPY into a bare staging table ${middle.copy.staging.toFixed(2)} s, ${rate(middle.copy.staging)}`,
      ratio: ratio(middle.copy.staging / middle.seconds),
    },
  ];
  return {
    rows: table,
    goals: [{ name: 'import_vs_copy', value: importVsCopy, target: '>=0.5', ok: importVsCopy >= 0.5 }],
  };
}
