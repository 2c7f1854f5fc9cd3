/** What the browser suite needs to run the real server in-process (apps/web/e2e). */
export { createDemoAdmin, DEMO_ADMIN_EMAIL } from './auth/demo-admin.ts';
export { loadConfig } from './config.ts';
export { startServer } from './server.ts';
