import type { DbKind } from '@portfolio/db';
import autocannon from 'autocannon';
import { queryPath } from './api-client.ts';
import { OVERVIEW } from './bench-scope.ts';
import type { SectionResult } from './results.ts';
import { ms } from './stats.ts';

/** Load on the overview's queries in the steady state (the answers are also kept per data version). */
export async function benchOverviewLoad(run: {
  kind: DbKind;
  url: string;
  cookie: string;
  connections: number;
  seconds: number;
}): Promise<SectionResult> {
  const load = await autocannon({
    url: run.url,
    connections: run.connections,
    duration: run.seconds,
    headers: { cookie: run.cookie },
    requests: OVERVIEW.map(({ path: procedure, input }) => ({
      method: 'GET',
      path: queryPath(procedure, input),
    })),
  });
  const errors = load.errors + load.timeouts + load.non2xx;
  return {
    rows: [
      {
        db: run.kind,
        measure: `overview load, ${run.connections} connections`,
        value: `${Math.round(load.requests.average)} req/s, p99 ${ms(load.latency.p99)}, ${errors} errors`,
        baseline: `${load.requests.total} requests in ${run.seconds} s`,
        ratio: '',
      },
    ],
    goals: [
      { name: 'load_p99_ms', value: load.latency.p99, target: '<250', ok: load.latency.p99 < 250 },
      { name: 'load_errors', value: errors, target: '=0', ok: errors === 0 },
    ],
  };
}
