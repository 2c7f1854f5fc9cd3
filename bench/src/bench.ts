import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDemoAdmin, loadConfig, startServer } from '@portfolio/api/testing';
import { createDb, type Db, type DbHandle, type DbKind, migrateToLatest, seedDemo } from '@portfolio/db';
import { createScratchPostgres } from '@portfolio/db/testing';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { getJson, queryPath, signIn } from './api-client.ts';
import { type FloorRow, floorQuery } from './floor-sql.ts';
import { gridMonth, saveGridMonth } from './grid-save.ts';
import { measurementsFile, timeCopy, timeImport } from './import-bench.ts';
import { ms, percentile, ratio, timeRuns } from './stats.ts';
import { buildWeb, firstChartMs, initialJsGzipBytes } from './web-bench.ts';

// `pnpm bench [--scale N] [--db pglite|postgres|both]`: seeds the demo portfolio at that scale into scratch
// databases, measures the API against baselines taken in the same run, prints a table, and ends with one line per
// goal: `goal NAME VALUE TARGET ok|short`. Progress goes to stderr, the table and goals to stdout.

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '3' },
    db: { type: 'string', default: 'both' },
    iterations: { type: 'string', default: '7' },
    'import-rows': { type: 'string', default: '200000' },
    'load-seconds': { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    web: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const SCALE = Number(args.scale);
const ITERATIONS = Number(args.iterations);
const IMPORT_ROWS = Number(args['import-rows']);
const LOAD_SECONDS = Number(args['load-seconds']);
const CONNECTIONS = Number(args.connections);
const KINDS: DbKind[] = args.db === 'both' ? ['pglite', 'postgres'] : [args.db as DbKind];
const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const TODAY = '2026-11-15';
const FULL = { from: '2024-12', to: '2026-11' };
const LAST_12 = { from: '2025-12', to: '2026-11' };
const PREVIOUS_12 = { from: '2024-12', to: '2025-11' };
const PASSWORD = 'bench-demo-password';
const CURRENCY = 'USD';

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

type Row = { db: string; measure: string; value: string; baseline: string; ratio: string };
const table: Row[] = [];
type Goal = { name: string; value: number; target: string; ok: boolean; unit?: string };
const goals = new Map<DbKind, Goal[]>();
/** report.portfolio's p95 right after a write, per database. */
const afterWrite = new Map<DbKind, number>();

/** A grouped scan of the whole measurements table: the cheapest way the database could touch every fact at all. */
const SCAN_FLOOR = sql`select sla_id, count(*) filter (where status = 'met') as met,
  count(*) filter (where status = 'missed') as missed, count(*) filter (where status = 'breached') as breached,
  sum(actual) as actual from measurements group by sla_id`;

/** The overview page's queries for its default range (the last 12 months, compared with the 12 before), as it asks. */
const OVERVIEW: { path: string; input: object }[] = [
  { path: 'report.summary', input: LAST_12 },
  { path: 'report.summary', input: PREVIOUS_12 },
  { path: 'report.series', input: { ...LAST_12, by: 'type', perMonth: true } },
  { path: 'report.series', input: { ...LAST_12, by: 'total', perMonth: true } },
  { path: 'report.series', input: { ...LAST_12, by: 'engagement', perMonth: false, top: 10 } },
  { path: 'savings.trend', input: { ...LAST_12, types: ['BPO'] } },
  { path: 'slas.topBreaches', input: { ...LAST_12, limit: 8 } },
  { path: 'insight.overdue', input: { ...LAST_12, limit: 8 } },
];

async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const original = console.log;
  console.log = () => {};
  try {
    return await work();
  } finally {
    console.log = original;
  }
}

/** A scratch database of the kind with the demo portfolio at SCALE and the demo admin; removed by `drop`. */
async function prepare(kind: DbKind) {
  const started = performance.now();
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let handle: DbHandle;
  if (kind === 'postgres') {
    const scratch = await createScratchPostgres(ADMIN_URL);
    handle = await createDb({ databaseUrl: scratch.url });
    env = { DATABASE_URL: scratch.url };
    drop = scratch.drop;
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portfolio-bench-'));
    handle = await createDb({ dataDir });
    env = { PORTFOLIO_DATA_DIR: dataDir };
    drop = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  await migrateToLatest(handle.db);
  const counts = await seedDemo(handle.db, { today: TODAY, scale: SCALE });
  await quietly(() => createDemoAdmin(handle.db, PASSWORD));
  // PGlite takes one client per folder: the server opens it again.
  if (kind === 'pglite') await handle.close();
  log(
    `${kind}: seeded scale ${SCALE} (${counts.engagements} engagements, ${counts.measurements} measurements) in ${Math.round((performance.now() - started) / 1000)} s`,
  );
  return { env, drop, direct: kind === 'postgres' ? handle : null, url: env.DATABASE_URL };
}

/** Whether the report's totals are the floor's, field by field (money to the cent, counts exactly). */
function compareTotals(report: { totals: Record<string, unknown> }, rows: FloorRow[]): string[] {
  const sum = (field: keyof FloorRow) =>
    rows.reduce((total, row) => total + Math.round(Number(row[field]) * 100), 0);
  const count = (field: keyof FloorRow) => rows.reduce((total, row) => total + Number(row[field]), 0);
  const cents = (value: unknown) => Math.round(Number(value) * 100);
  const sla = report.totals.sla as Record<string, number>;
  const pairs: [string, number, number][] = [
    ['charges', cents(report.totals.charges), sum('charges')],
    ['creditsOwed', cents(report.totals.creditsOwed), sum('owed')],
    ['creditsPending', cents(report.totals.creditsPending), sum('pending')],
    ['creditsEarnedBack', cents(report.totals.creditsEarnedBack), sum('earned_back')],
    ['netCost', cents(report.totals.netCost), sum('net_cost')],
    ['baseline', cents(report.totals.baseline), sum('baseline')],
    ['met', sla.met ?? 0, count('met')],
    ['missed', sla.missed ?? 0, count('missed')],
    ['breached', sla.breached ?? 0, count('breached')],
    ['unreported', sla.unreported ?? 0, count('unreported')],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([name, a, b]) => `${name} ${a} ≠ ${b}`);
}

async function benchDatabase(kind: DbKind, web: { jsBytes: number } | null) {
  const database = await prepare(kind);
  const server = await startServer(
    loadConfig({
      ...database.env,
      NODE_ENV: 'production',
      PORT: '0',
      PORTFOLIO_TODAY: TODAY,
      PORTFOLIO_CURRENCY: CURRENCY,
      LOG_LEVEL: 'silent',
    }),
  );
  const kindGoals: Goal[] = [];
  goals.set(kind, kindGoals);
  try {
    const url = server.url.replace('localhost', '127.0.0.1');
    const cookie = await signIn(url, PASSWORD);
    const floorDb: Db = database.direct?.db ?? server.handle.db;
    // 1. Right after a write: one month of an SLA grid saved through the API (the kept figures' upkeep included),
    // then the full-range report, then the overview's queries at once, against a grouped scan of the measurements.
    log(`${kind}: report and overview right after a write, against a grouped scan of the measurements`);
    const grid = await gridMonth(floorDb);
    const saves: number[] = [];
    const reports: number[] = [];
    const overviews: number[] = [];
    for (let run = 0; run <= ITERATIONS; run += 1) {
      let started = performance.now();
      await saveGridMonth(url, cookie, grid, run);
      const save = performance.now() - started;
      started = performance.now();
      await getJson(url, cookie, 'report.portfolio', FULL);
      const report = performance.now() - started;
      await saveGridMonth(url, cookie, grid, run + 0.5);
      started = performance.now();
      await Promise.all(OVERVIEW.map(({ path: procedure, input }) => getJson(url, cookie, procedure, input)));
      const overview = performance.now() - started;
      // The first round warms up.
      if (run > 0) {
        saves.push(save);
        reports.push(report);
        overviews.push(overview);
      }
    }
    const scan = await timeRuns(ITERATIONS, () => SCAN_FLOOR.execute(floorDb));
    const reportVsScan = percentile(reports, 95) / percentile(scan, 95);
    table.push(
      {
        db: kind,
        measure: 'saving one month of the SLA grid p50 / p95',
        value: `${ms(percentile(saves, 50))} / ${ms(percentile(saves, 95))}`,
        baseline: 'upkeep of the kept figures included',
        ratio: '',
      },
      {
        db: kind,
        measure: 'report.portfolio after a write p50 / p95',
        value: `${ms(percentile(reports, 50))} / ${ms(percentile(reports, 95))}`,
        baseline: `measurements scan ${ms(percentile(scan, 50))} / ${ms(percentile(scan, 95))}`,
        ratio: `${ratio(reportVsScan)} (p95)`,
      },
      {
        db: kind,
        measure: 'overview after a write (8 queries at once) p50 / p95',
        value: `${ms(percentile(overviews, 50))} / ${ms(percentile(overviews, 95))}`,
        baseline: '',
        ratio: '',
      },
    );
    afterWrite.set(kind, percentile(reports, 95));
    kindGoals.push(
      { name: 'report_after_write_p95_vs_scan', value: reportVsScan, target: '<=1.0', ok: reportVsScan <= 1 },
      {
        name: 'report_after_write_p95_ms',
        value: Math.round(percentile(reports, 95)),
        target: '<=100',
        ok: percentile(reports, 95) <= 100,
      },
      {
        name: 'overview_after_write_p95_ms',
        value: Math.round(percentile(overviews, 95)),
        target: kind === 'postgres' ? '<=300' : '<=500',
        ok: percentile(overviews, 95) <= (kind === 'postgres' ? 300 : 500),
      },
      {
        name: 'grid_save_p95_ms',
        value: Math.round(percentile(saves, 95)),
        target: '<=150',
        ok: percentile(saves, 95) <= 150,
      },
    );

    // The figures are still those of every rule written out in one SQL query (floor-sql.ts), to the cent.
    const report = (await getJson(url, cookie, 'report.portfolio', FULL)) as {
      totals: Record<string, unknown>;
    };
    const floorRows = await floorQuery(floorDb, {
      ...FULL,
      today: TODAY,
      currency: CURRENCY,
      grouping: 'engagement',
    });
    const differences = compareTotals(report, floorRows);
    table.push({
      db: kind,
      measure: 'report totals = all rules in one SQL query',
      value: differences.length === 0 ? 'equal' : differences.join('; '),
      baseline: 'floor-sql.ts',
      ratio: '',
    });

    // 2. Load on the overview's queries, in the steady state (the answers are also kept per data version).
    log(`${kind}: autocannon, ${CONNECTIONS} connections, ${LOAD_SECONDS} s`);
    const load = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: LOAD_SECONDS,
      headers: { cookie },
      requests: OVERVIEW.map(({ path: procedure, input }) => ({
        method: 'GET',
        path: queryPath(procedure, input),
      })),
    });
    const errors = load.errors + load.timeouts + load.non2xx;
    table.push({
      db: kind,
      measure: `overview load, ${CONNECTIONS} connections`,
      value: `${Math.round(load.requests.average)} req/s, p99 ${ms(load.latency.p99)}, ${errors} errors`,
      baseline: `${load.requests.total} requests in ${LOAD_SECONDS} s`,
      ratio: '',
    });
    kindGoals.push({
      name: 'load_p99_ms',
      value: load.latency.p99,
      target: '<250',
      ok: load.latency.p99 < 250,
    });
    kindGoals.push({ name: 'load_errors', value: errors, target: '=0', ok: errors === 0 });

    // 3. The web app: first chart in Chromium (the bundle size is measured once, below).
    if (web) {
      log(`${kind}: first chart in Chromium`);
      const first = await firstChartMs(url, cookie);
      table.push({
        db: kind,
        measure: 'overview: navigation → first chart',
        value: ms(first),
        baseline: '',
        ratio: '',
      });
      kindGoals.push({ name: 'first_chart_ms', value: Math.round(first), target: '<=600', ok: first <= 600 });
    }

    // 4. Import of a measurements file against COPY of the same rows into the same table.
    log(`${kind}: import of ${IMPORT_ROWS} measurements`);
    const content = await measurementsFile(floorDb, IMPORT_ROWS);
    // COPY first: it is rolled back, and the import then writes the very same rows.
    const copy = await timeCopy(floorDb, content);
    const imported = await timeImport(database.direct?.db ?? server.handle.db, content);
    const rate = (seconds: number) => `${Math.round(IMPORT_ROWS / seconds).toLocaleString('en')} rows/s`;
    // Rows per second of the import over those of COPY: COPY's seconds over the import's.
    const importVsCopy = copy.table / imported.seconds;
    table.push({
      db: kind,
      measure: `import ${IMPORT_ROWS.toLocaleString('en')} measurements`,
      value: `${imported.seconds.toFixed(1)} s, ${rate(imported.seconds)}`,
      baseline: `COPY into measurements ${copy.table.toFixed(1)} s, ${rate(copy.table)}`,
      ratio: ratio(importVsCopy),
    });
    table.push({
      db: kind,
      measure: '  the same file against COPY of its text',
      value: `${imported.seconds.toFixed(1)} s`,
      baseline: `COPY into a bare staging table ${copy.staging.toFixed(2)} s, ${rate(copy.staging)}`,
      ratio: ratio(copy.staging / imported.seconds),
    });
    kindGoals.push({ name: 'import_vs_copy', value: importVsCopy, target: '>=0.5', ok: importVsCopy >= 0.5 });
  } finally {
    await server.close();
    await database.direct?.close();
    await database.drop();
  }
}

function printTable(rows: Row[]) {
  const header: Row = {
    db: 'db',
    measure: 'measure',
    value: 'value',
    baseline: 'baseline (same run)',
    ratio: 'ratio',
  };
  const columns = Object.keys(header) as (keyof Row)[];
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: Row) =>
    `| ${columns.map((column, i) => row[column].padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

async function main() {
  log(`scale ${SCALE}, databases ${KINDS.join(', ')}, ${ITERATIONS} timed runs each`);
  let web: { jsBytes: number } | null = null;
  if (args.web) {
    log('building the web app');
    buildWeb();
    const { bytes, files } = initialJsGzipBytes();
    web = { jsBytes: bytes };
    table.push({
      db: '—',
      measure: 'initial JavaScript (gzip)',
      value: `${(bytes / 1024).toFixed(1)} KB`,
      baseline: `${files.length} files`,
      ratio: '',
    });
  }
  for (const kind of KINDS) await benchDatabase(kind, web);

  console.log(
    `\npnpm bench --scale ${SCALE} --db ${args.db} (${ITERATIONS} timed runs, today ${TODAY}, range ${FULL.from}..${FULL.to})\n`,
  );
  printTable(table);
  console.log('');
  // Goals are judged on PostgreSQL when it ran (the goals are stated for it); PGlite has a section of its own.
  const judged = goals.get('postgres') ?? goals.get('pglite') ?? [];
  const all: Goal[] = [...judged];
  if (goals.has('postgres') && goals.has('pglite')) {
    for (const goal of goals.get('pglite') ?? []) all.push({ ...goal, name: `pglite_${goal.name}` });
    const vsPostgres = (afterWrite.get('pglite') ?? Number.NaN) / (afterWrite.get('postgres') ?? Number.NaN);
    all.push({
      name: 'pglite_vs_postgres_report_after_write',
      value: vsPostgres,
      target: '<=2.5',
      ok: vsPostgres <= 2.5,
    });
  }
  if (web)
    all.push({
      name: 'initial_js_gzip_kb',
      value: web.jsBytes / 1024,
      target: '<=250',
      ok: web.jsBytes / 1024 <= 250,
    });
  for (const goal of all) {
    const value = Number.isInteger(goal.value) ? String(goal.value) : goal.value.toFixed(2);
    console.log(`goal ${goal.name} ${value} ${goal.target} ${goal.ok ? 'ok' : 'short'}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
