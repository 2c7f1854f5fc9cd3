import { createDemoAdmin, DEMO_ADMIN_EMAIL, loadConfig, startServer } from '@portfolio/api/testing';
import { createDb, migrateToLatest, seedDemo } from '@portfolio/db';
import { createScratchPostgres } from '@portfolio/db/testing';
const scratch = await createScratchPostgres('postgres://postgres@127.0.0.1:5432/postgres');
const h = await createDb({ databaseUrl: scratch.url });
await migrateToLatest(h.db); await seedDemo(h.db, { today: '2026-11-15', scale: 1 }); await createDemoAdmin(h.db, 'bench-demo-password');
const s = await startServer(loadConfig({ DATABASE_URL: scratch.url, PORT: '0', LOG_LEVEL: 'silent', PORTFOLIO_TODAY: '2026-11-15' }));
const url = s.url.replace('localhost', '127.0.0.1');
const r = await fetch(`${url}/trpc/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-portfolio-request': '1' }, body: JSON.stringify({ email: DEMO_ADMIN_EMAIL, password: 'bench-demo-password' }) });
const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
for (const [p, input] of [['meta.info', undefined], ['auth.me', undefined], ['report.portfolio', { from: '2024-12', to: '2026-11' }], ['slas.topBreaches', { from: '2025-12', to: '2026-11', limit: 8 }]] as const) {
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    const res = await fetch(`${url}/trpc/${p}${input ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ''}`, { headers: { cookie } });
    await res.text();
    console.log(p, res.status, Math.round(performance.now() - t));
  }
}
await s.close(); await h.close(); await scratch.drop();
