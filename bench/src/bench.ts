import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDemoAdmin, DEMO_ADMIN_EMAIL, loadConfig, startServer } from '@portfolio/api/testing';
import { createDb, type Db, type DbHandle, type DbKind, migrateToLatest, seedDemo } from '@portfolio/db';
import { createScratchPostgres } from '@portfolio/db/testing';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { type FloorGrouping, type FloorRow, floorQuery } from './floor-sql.ts';
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

/** The report and series procedures over the full range, each with the SQL floor grouped the same way. */
const CASES: { name: string; path: string; input: object; floor: FloorGrouping }[] = [
  { name: 'report.portfolio', path: 'report.portfolio', input: FULL, floor: 'engagement' },
  {
    name: 'report.series total/month',
    path: 'report.series',
    input: { ...FULL, by: 'total', perMonth: true },
    floor: 'total',
  },
  {
    name: 'report.series type/month',
    path: 'report.series',
    input: { ...FULL, by: 'type', perMonth: true },
    floor: 'type',
  },
  {
    name: 'report.series engagement',
    path: 'report.series',
    input: { ...FULL, by: 'engagement', perMonth: false },
    floor: 'engagement',
  },
  { name: 'savings.trend', path: 'savings.trend', input: FULL, floor: 'month' },
  { name: 'vendors.scorecards', path: 'vendors.scorecards', input: FULL, floor: 'vendor' },
];

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

const queryPath = (procedure: string, input: object) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

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

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-portfolio-request': '1' },
    body: JSON.stringify({ email: DEMO_ADMIN_EMAIL, password: PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

async function getJson(url: string, cookie: string, procedure: string, input: object) {
  const target = `${url}${queryPath(procedure, input)}`;
  // A kept-alive connection the server closes just as it is reused fails before the request is sent: once more.
  const response = await fetch(target, { headers: { cookie } }).catch(() =>
    fetch(target, { headers: { cookie } }),
  );
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
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
    const cookie = await signIn(url);
    const floorDb: Db = database.direct?.db ?? server.handle.db;
    // A write that changes nothing but moves the data version, so that kept answers are computed again.
    const touchData = () => sql`update settings set value = value`.execute(floorDb);

    // 1. Report and series through the API against the hand-written SQL floor.
    let worstSeries = 0;
    for (const { name, path: procedure, input, floor } of CASES) {
      log(`${kind}: ${name}`);
      // Each run after a change of the data version: the API computes the answer, as after every write.
      const api = await timeRuns(ITERATIONS, () => getJson(url, cookie, procedure, input), touchData);
      const sql = await timeRuns(ITERATIONS, () =>
        floorQuery(floorDb, { ...FULL, today: TODAY, currency: CURRENCY, grouping: floor }),
      );
      const p95 = percentile(api, 95) / percentile(sql, 95);
      table.push({
        db: kind,
        measure: `${name} p50 / p95`,
        value: `${ms(percentile(api, 50))} / ${ms(percentile(api, 95))}`,
        baseline: `SQL floor ${ms(percentile(sql, 50))} / ${ms(percentile(sql, 95))}`,
        ratio: `${ratio(p95)} (p95)`,
      });
      if (name === 'report.portfolio') {
        const report = (await getJson(url, cookie, procedure, input)) as { totals: Record<string, unknown> };
        const rows = await floorQuery(floorDb, {
          ...FULL,
          today: TODAY,
          currency: CURRENCY,
          grouping: floor,
        });
        const differences = compareTotals(report, rows);
        table.push({
          db: kind,
          measure: 'report totals = SQL floor totals',
          value: differences.length === 0 ? 'equal' : differences.join('; '),
          baseline: 'SQL floor',
          ratio: '',
        });
        kindGoals.push({ name: 'report_p95_vs_sql_floor', value: p95, target: '<=1.5', ok: p95 <= 1.5 });
      } else {
        worstSeries = Math.max(worstSeries, p95);
      }
    }
    kindGoals.push({
      name: 'series_p95_vs_sql_floor_worst',
      value: worstSeries,
      target: '<=1.5',
      ok: worstSeries <= 1.5,
    });

    // 2. Load on the overview's queries. The answers are kept per data version, so the first visit after a change
    // computes them (timed here, the eight at once as the page asks) and the load measures the steady state.
    log(`${kind}: overview after a change, then autocannon, ${CONNECTIONS} connections, ${LOAD_SECONDS} s`);
    await touchData();
    const cold = performance.now();
    await Promise.all(OVERVIEW.map(({ path: procedure, input }) => getJson(url, cookie, procedure, input)));
    table.push({
      db: kind,
      measure: 'overview after a change (8 queries at once)',
      value: ms(performance.now() - cold),
      baseline: '',
      ratio: '',
    });
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
  // Goals are judged on PostgreSQL when it ran (the goals are stated for it), else on PGlite.
  const judged = goals.get('postgres') ?? goals.get('pglite') ?? [];
  const all: Goal[] = [...judged];
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
