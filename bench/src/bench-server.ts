import { loadConfig, startServer } from '@portfolio/api/testing';
import { CURRENCY, TODAY } from './bench-scope.ts';

/**
 * The dashboard's server as production runs it, on a scratch database's environment, seeing the bench's today:
 * serving the web app's build, or the build in `webDist`.
 */
export function startBenchServer(env: Record<string, string>, webDist?: string) {
  const config = loadConfig({
    ...env,
    NODE_ENV: 'production',
    PORT: '0',
    PORTFOLIO_TODAY: TODAY,
    PORTFOLIO_CURRENCY: CURRENCY,
    LOG_LEVEL: 'silent',
  });
  return startServer(config, webDist === undefined ? {} : { webDist });
}
