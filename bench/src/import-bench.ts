import { PGlite } from '@electric-sql/pglite';
import { type Db, importCsv } from '@portfolio/db';
import { type SlaLevels, slaStatus } from '@portfolio/domain';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** The CSV's own shape: the staging table `COPY` fills, as fast as the database takes rows in. */
const STAGING = `create table measurements_copy (
  engagement text, sla text, period text, actual numeric, numerator numeric, denominator numeric, source text,
  note text)`;

/**
 * A measurements file of `rows` rows for the SLAs on record, in months far from the demo's (from the year 1000 on),
 * so that every row is a new measurement.
 */
export async function measurementsFile(db: Db, rows: number): Promise<string> {
  const { rows: slas } = await sql<{ engagement: string; sla: string; direction: string; expected: string }>`
    select e.code as engagement, s.code as sla, s.direction, s.expected
    from slas s join engagements e on e.id = s.engagement_id order by s.id`.execute(db);
  if (slas.length === 0) throw new Error('no SLAs to measure');
  const lines = ['engagement,sla,period,actual,numerator,denominator,source,note'];
  let month = 1000 * 12;
  while (lines.length <= rows) {
    const period = `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
    for (const sla of slas) {
      if (lines.length > rows) break;
      const actual = (Number(sla.expected) * (0.9 + (lines.length % 20) / 100)).toFixed(2);
      lines.push(`${sla.engagement},${sla.sla},${period},${actual},,,bench,`);
    }
    month += 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Imports the file with the app's importer (validation, natural keys, statuses, upsert, kept sums): seconds. */
export async function timeImport(db: Db, content: string): Promise<{ seconds: number; inserted: number }> {
  const started = performance.now();
  const count = await importCsv(db, 'measurements.csv', content);
  return { seconds: (performance.now() - started) / 1000, inserted: count.inserted };
}

/**
 * PostgreSQL's `COPY … FROM STDIN` of the same rows into `measurements` itself, as they are stored (SLA ids, statuses
 * judged), with the table's keys, checks, indexes and triggers: what the database needs to take these rows in.
 * Rolled back, so that the import then writes the same rows. Also `COPY` of the file as it is into a bare staging
 * table of its shape: how fast the database reads the text, with nothing to check or index. Seconds of each.
 */
export async function timeCopyPostgres(
  databaseUrl: string,
  content: string,
): Promise<{ table: number; staging: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const copy = (statement: string, data: string) =>
    new Promise<void>((resolve, reject) => {
      const stream = client.query(copyFrom(statement));
      stream.on('finish', resolve);
      stream.on('error', reject);
      stream.end(data);
    });
  try {
    const stored = await storedRows(client, content);
    await client.query('begin');
    let started = performance.now();
    await copy(
      'copy measurements (sla_id, period, actual, source, status) from stdin with (format csv)',
      stored,
    );
    const table = (performance.now() - started) / 1000;
    await client.query('rollback');
    // The rolled-back rows stay in the table and its unique index until vacuumed: left there, every row of the
    // import would first meet its dead twin.
    await client.query('vacuum measurements');
    await client.query(STAGING);
    started = performance.now();
    await copy('copy measurements_copy from stdin with (format csv, header true)', content);
    const staging = (performance.now() - started) / 1000;
    await client.query('drop table measurements_copy');
    return { table, staging };
  } finally {
    await client.end();
  }
}

/** The file's rows as `measurements` stores them (untimed): sla_id, period, actual, source, status, as CSV. */
async function storedRows(client: pg.Client, content: string): Promise<string> {
  const { rows } = await client.query<SlaLevels & { id: number; engagement: string; code: string }>(
    `select s.id, e.code as engagement, s.code, s.direction, s.expected, s.minimum
     from slas s join engagements e on e.id = s.engagement_id`,
  );
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

/** The same `COPY` on PGlite (a fresh in-memory instance: PGlite takes one client per database folder). */
export async function timeCopyPglite(content: string): Promise<number> {
  const db = await PGlite.create('memory://');
  try {
    await db.exec(STAGING);
    const started = performance.now();
    await db.query("copy measurements_copy from '/dev/blob' with (format csv, header true)", [], {
      blob: new Blob([content]),
    });
    return (performance.now() - started) / 1000;
  } finally {
    await db.close();
  }
}
