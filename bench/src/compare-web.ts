import path from 'node:path';
import { parseArgs } from 'node:util';
import { signIn } from './api-client.ts';
import { startBenchServer } from './bench-server.ts';
import { log } from './results.ts';
import { scratchPortfolio } from './scratch-portfolio.ts';
import { ms, percentile } from './stats.ts';
import { firstChartOnce, type SignedIn, withChromium } from './web-bench.ts';

// `pnpm --filter @portfolio/bench compare-web A B [--loads 24] [--scale 10]`: the overview's first chart for two
// builds of the web app (folders a `vite build` wrote, e.g. a copy of apps/web/dist made before a change, and
// apps/web/dist after it). One scratch PostgreSQL portfolio, one server per build, and the loads taken in turn
// (A then B, then B then A, …): on this 2-core machine the same build's median moved by a third within minutes,
// so two builds timed each in a block of its own could not be told apart where their paired loads could. A build
// against a copy of itself: −2 ms in 40 pairs, B sooner in 20; once +49 ms in 24 (B sooner in 10): a difference of
// 50 ms in 24 pairs is not yet one, and how many pairs B won says as much as the median.

const { values: args, positionals } = parseArgs({
  options: {
    loads: { type: 'string', default: '24' },
    scale: { type: 'string', default: '10' },
  },
  allowPositionals: true,
});
const LOADS = Number(args.loads);
const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'bench-demo-password';

async function main() {
  // pnpm runs the script in bench/; the folders are named from where it was called.
  const builds = positionals.map((folder) => path.resolve(process.env.INIT_CWD ?? process.cwd(), folder));
  if (builds.length !== 2) throw new Error('give two folders of web builds: A and B');
  const database = await scratchPortfolio('postgres', {
    scale: Number(args.scale),
    password: PASSWORD,
    adminUrl: ADMIN_URL,
  });
  const servers = await Promise.all(builds.map((build) => startBenchServer(database.env, build)));
  try {
    const signedIn: SignedIn[] = await Promise.all(
      servers.map(async (server) => {
        const url = server.url.replace('localhost', '127.0.0.1');
        return { url, cookie: await signIn(url, PASSWORD) };
      }),
    );
    const [a, b] = signedIn as [SignedIn, SignedIn];
    const pairs = await withChromium(async (browser) => {
      // One untimed load of each: the browser's own start-up is neither build's.
      await firstChartOnce(browser, a);
      await firstChartOnce(browser, b);
      const timed: { a: number; b: number }[] = [];
      for (let pair = 0; pair < LOADS; pair += 1) {
        const first = pair % 2 === 0 ? a : b;
        const [one, two] = [
          await firstChartOnce(browser, first),
          await firstChartOnce(browser, first === a ? b : a),
        ];
        timed.push(first === a ? { a: one, b: two } : { a: two, b: one });
        log(`pair ${pair + 1}: A ${ms(timed[pair]?.a ?? Number.NaN)}, B ${ms(timed[pair]?.b ?? Number.NaN)}`);
      }
      return timed;
    });
    const spread = (loads: number[]) =>
      `median ${ms(percentile(loads, 50))} (p25–p75 ${ms(percentile(loads, 25))}–${ms(percentile(loads, 75))})`;
    const differences = pairs.map((pair) => pair.b - pair.a);
    console.log(`A ${builds[0]}: ${spread(pairs.map((pair) => pair.a))}`);
    console.log(`B ${builds[1]}: ${spread(pairs.map((pair) => pair.b))}`);
    console.log(
      `B − A, paired: median ${ms(percentile(differences, 50))}; B sooner in ${differences.filter((d) => d < 0).length} of ${pairs.length} pairs`,
    );
  } finally {
    for (const server of servers) await server.close();
    await database.direct?.close();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
