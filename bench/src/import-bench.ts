import { PGlite } from '@electric-sql/pglite';
import { type Db, importCsv } from '@portfolio/db';
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

/** PostgreSQL's `COPY … FROM STDIN` of the same file into a staging table of its shape: seconds. */
export async function timeCopyPostgres(databaseUrl: string, content: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(STAGING);
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const stream = client.query(
        copyFrom('copy measurements_copy from stdin with (format csv, header true)'),
      );
      stream.on('finish', resolve);
      stream.on('error', reject);
      stream.end(content);
    });
    const seconds = (performance.now() - started) / 1000;
    await client.query('drop table measurements_copy');
    return seconds;
  } finally {
    await client.end();
  }
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
