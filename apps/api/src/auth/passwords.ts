import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { type Db, setPasswordHash } from '@portfolio/db';

/**
 * scrypt is memory-hard and in Node itself. N = 2^15, r = 8, p = 3 is one of the settings OWASP's Password Storage
 * Cheat Sheet lists as equal in strength to its minimum (N = 2^17, r = 8, p = 1): the same work, a quarter of the
 * memory (32 MiB a hash instead of 128, which matters when many sign in at once). Hashes made with weaker settings
 * are made again at the next sign-in (needsRehash).
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 128 * params.N * params.r * 2 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64url), so the parameters can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/** Whether the password matches the stored hash, compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with less work than PARAMS asks for today. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) * Number(r) * Number(p) < PARAMS.N * PARAMS.r * PARAMS.p;
}

/** Stores a new hash of a password just verified, made with today's settings. */
export async function rehashPassword(db: Db, userId: number, password: string): Promise<void> {
  await setPasswordHash(db, userId, await hashPassword(password));
}

let dummy: Promise<string> | undefined;

/** A hash of nothing anyone knows: verifying against it makes an unknown account cost as much as a known one. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
