import { createHash, randomBytes } from 'node:crypto';

/**
 * A new random secret with a recognisable prefix (`ps_` session, `pt_` API token, `pc_` CLI, `pd_` trusted device),
 * 256 bits.
 */
export function newSecret(prefix: 'ps' | 'pt' | 'pc' | 'pd'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** What is stored of a secret: its SHA-256, so the database alone signs nobody in. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** A password for generated accounts (the demo admin): 20 characters from an unambiguous alphabet. */
export function newPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(20), (byte) => alphabet[byte % alphabet.length]).join('');
}
