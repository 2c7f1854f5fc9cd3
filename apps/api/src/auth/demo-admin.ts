import { type Db, insertUser, recordAudit } from '@portfolio/db';
import { hashPassword } from './passwords.ts';
import { newPassword } from './secrets.ts';

export const DEMO_ADMIN_EMAIL = 'admin@example.com';

/**
 * The demo's administrator, made once when the embedded database is first seeded, with PORTFOLIO_PASSWORD or a
 * fresh random password, printed this once. A PostgreSQL deployment never gets one.
 */
export async function createDemoAdmin(db: Db, password: string | undefined): Promise<void> {
  const chosen = password ?? newPassword();
  await db.transaction().execute(async (trx) => {
    await insertUser(trx, {
      email: DEMO_ADMIN_EMAIL,
      name: 'Demo admin',
      role: 'admin',
      passwordHash: await hashPassword(chosen),
    });
    await recordAudit(trx, {
      actor: { userId: null, tokenId: null, label: 'system' },
      action: 'user.create',
      entity: 'user',
      entityKey: DEMO_ADMIN_EMAIL,
      after: { email: DEMO_ADMIN_EMAIL, role: 'admin' },
    });
  });
  const shown = password ? '(the value of PORTFOLIO_PASSWORD)' : chosen;
  console.log(
    [
      '',
      '  Demo portfolio ready. Sign in as the demo administrator:',
      `    email:    ${DEMO_ADMIN_EMAIL}`,
      `    password: ${shown}`,
      '  This password is shown only once; add users with `pnpm portfolio user add`.',
      '',
    ].join('\n'),
  );
}
