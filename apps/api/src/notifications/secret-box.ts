import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Seals secrets the server must use again (webhook URLs) with AES-256-GCM: a fresh 96-bit nonce per secret and the
 * authentication tag stored with it, so a changed or swapped value is refused rather than used. The database alone
 * (a dump, a backup, an export) does not reveal them.
 */
export interface SecretBox {
  seal(plain: string): string;
  /** The secret, or an error naming why it cannot be read (another key, a damaged value). */
  open(sealed: string): string;
}

/** What a sealed value is bound to, so a sealed URL cannot be passed off as another kind of secret. */
const PURPOSE = Buffer.from('portfolio webhook url v1');

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  return {
    seal(plain) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(PURPOSE);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', ...[nonce, cipher.getAuthTag(), body].map((part) => part.toString('base64url'))].join(
        '.',
      );
    },
    open(sealed) {
      const [version, nonce, tag, body] = sealed.split('.');
      if (version !== 'v1' || !nonce || !tag || body === undefined) throw new Error('not a sealed value');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'))
          .setAAD(PURPOSE)
          .setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new Error(
          'it was sealed with another secret key (PORTFOLIO_SECRET_KEY changed?): enter it again',
        );
      }
    },
  };
}

/** The key file the embedded database keeps in its folder when PORTFOLIO_SECRET_KEY is not set. */
export const KEY_FILE = 'secret.key';

/**
 * The key to seal with: PORTFOLIO_SECRET_KEY when set (every API process on one PostgreSQL needs the same); else,
 * for the embedded database, a random key kept in its folder, readable by its owner alone (created on first use);
 * else none, and webhook targets cannot be added.
 */
export function loadSecretKey(
  configured: Buffer | undefined,
  embeddedFolder: string | undefined,
): Buffer | undefined {
  if (configured) return configured;
  if (!embeddedFolder) return undefined;
  const file = path.join(embeddedFolder, KEY_FILE);
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
