import { sql } from 'kysely';
import type { Db } from '../create-db.ts';

/** How many failed sign-ins are allowed in a window, by whom (see apps/api/src/auth/session-policy.ts). */
export interface SignInLimits {
  windowSeconds: number;
  perAccount: number;
  perAddress: number;
  perDevice: number;
}

export type SignInReservation =
  | { kind: 'reserved'; attemptId: number; deviceId: number | null }
  | { kind: 'throttled'; by: 'account' | 'address' | 'device'; retryAfterSeconds: number };

/**
 * Reserves a sign-in attempt before the password is checked, or says which limit it is over. The attempt is
 * written (pending) in the same short transaction that counts, under a lock per counted subject, so attempts made
 * at once, in any number of API processes, each see the others: no more attempts than the limit are ever checked.
 * From a trusted device of the account (a browser it signed in from before) only that device's own failures count;
 * from anywhere else the account's and the address's failures count (OWASP: device cookies), so guessing at an
 * account from elsewhere does not lock its owner out of their usual browser.
 */
export async function reserveSignInAttempt(
  db: Db,
  attempt: { account: string; address: string | null; deviceHash: string | null },
  limits: SignInLimits,
): Promise<SignInReservation> {
  return db.transaction().execute(async (trx) => {
    const device = attempt.deviceHash
      ? await trx
          .selectFrom('trusted_devices as d')
          .innerJoin('users as u', 'u.id', 'd.user_id')
          .where('d.token_hash', '=', attempt.deviceHash)
          .where(sql<string>`lower(u.email)`, '=', attempt.account)
          .select('d.id')
          .executeTakeFirst()
      : undefined;
    const subjects: { by: 'account' | 'address' | 'device'; limit: number; key: string }[] = device
      ? [{ by: 'device', limit: limits.perDevice, key: `device:${device.id}` }]
      : [
          { by: 'account', limit: limits.perAccount, key: `account:${attempt.account}` },
          ...(attempt.address
            ? [{ by: 'address' as const, limit: limits.perAddress, key: `address:${attempt.address}` }]
            : []),
        ];
    // Always in the same order, so two attempts never wait on each other's locks.
    for (const { key } of [...subjects].sort((a, b) => a.key.localeCompare(b.key))) {
      await sql`select pg_advisory_xact_lock(hashtext(${`portfolio.sign-in.${key}`}))`.execute(trx);
    }
    for (const subject of subjects) {
      let counted = trx
        .selectFrom('sign_in_attempts')
        .select([
          (eb) => eb.fn.countAll<number>().as('n'),
          sql<number>`ceil(extract(epoch from min(at) + make_interval(secs => ${limits.windowSeconds}) - now()))`.as(
            'retryAfter',
          ),
        ])
        .where('outcome', 'in', ['pending', 'failed'])
        .where('at', '>', sql<Date>`now() - make_interval(secs => ${limits.windowSeconds})`);
      counted =
        subject.by === 'device'
          ? counted.where('device_id', '=', device?.id ?? 0)
          : counted
              .where('device_id', 'is', null)
              .where(subject.by, '=', subject.by === 'account' ? attempt.account : attempt.address);
      const { n, retryAfter } = await counted.executeTakeFirstOrThrow();
      if (Number(n) >= subject.limit) {
        return { kind: 'throttled', by: subject.by, retryAfterSeconds: Math.max(1, Number(retryAfter)) };
      }
    }
    const { id } = await trx
      .insertInto('sign_in_attempts')
      .values({ account: attempt.account, address: attempt.address, device_id: device?.id ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { kind: 'reserved', attemptId: Number(id), deviceId: device?.id ?? null };
  });
}

/** Records how a reserved attempt ended; attempts older than a day are removed now and then. */
export async function settleSignInAttempt(db: Db, attemptId: number, outcome: 'failed' | 'succeeded') {
  await db.updateTable('sign_in_attempts').set({ outcome }).where('id', '=', attemptId).execute();
  if (attemptId % 100 === 0) {
    await db.deleteFrom('sign_in_attempts').where('at', '<', sql<Date>`now() - interval '1 day'`).execute();
  }
}

/** Remembers a browser a user signed in from (only the token's hash is kept). */
export async function trustDevice(db: Db, userId: number, tokenHash: string) {
  await db.insertInto('trusted_devices').values({ user_id: userId, token_hash: tokenHash }).execute();
}

export async function touchDevice(db: Db, deviceId: number) {
  await db
    .updateTable('trusted_devices')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', deviceId)
    .execute();
}

/** Forgets a device: used when its own failures reach the limit, so it is treated as any other browser again. */
export async function forgetDevice(db: Db, deviceId: number) {
  await db.deleteFrom('trusted_devices').where('id', '=', deviceId).execute();
}

/** Failed attempts of a device in the window, to tell when it should be forgotten. */
export async function deviceFailures(db: Db, deviceId: number, windowSeconds: number): Promise<number> {
  const row = await db
    .selectFrom('sign_in_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('device_id', '=', deviceId)
    .where('outcome', '=', 'failed')
    .where('at', '>', sql<Date>`now() - make_interval(secs => ${windowSeconds})`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
