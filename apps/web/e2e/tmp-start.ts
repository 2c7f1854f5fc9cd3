import { createDemoAdmin, loadConfig, startServer } from '@portfolio/api/testing';

const server = await startServer(
  loadConfig({
    NODE_ENV: 'production',
    PORT: '3999',
    PORTFOLIO_DATA_DIR: '/tmp/pd',
    PORTFOLIO_TODAY: '2026-11-15',
    LOG_LEVEL: 'error',
    PORTFOLIO_PASSWORD: 'e2e-demo-password',
  }),
);
await createDemoAdmin(server.handle.db, 'e2e-demo-password').catch(() => {});
console.log('up', server.url);
