import { type Db, findLiveSession, recordAudit, useApiToken } from '@portfolio/db';
import type { Principal } from './principal.ts';
import { hashSecret } from './secrets.ts';
import { SESSION_IDLE_SECONDS } from './session-policy.ts';

export type Credentials = { sessionToken: string | null; bearerToken: string | null; ip: string | null };

/**
 * Who presents these credentials: an API token (Authorization: Bearer) or a live session cookie; null when neither
 * is valid. Token use is audited at most once an hour per token.
 */
export async function authenticate(db: Db, credentials: Credentials): Promise<Principal | null> {
  if (credentials.bearerToken) {
    const token = await useApiToken(db, hashSecret(credentials.bearerToken));
    if (!token) return null;
    if (token.auditDue) {
      await recordAudit(db, {
        actor: { userId: null, tokenId: token.id, label: `token:${token.name}` },
        action: 'token.used',
        entity: 'api_token',
        entityKey: String(token.id),
        ip: credentials.ip,
      });
    }
    return { kind: 'token', tokenId: token.id, name: token.name, role: token.role };
  }
  if (credentials.sessionToken) {
    const sessionHash = hashSecret(credentials.sessionToken);
    const user = await findLiveSession(db, sessionHash, SESSION_IDLE_SECONDS);
    if (!user) return null;
    return {
      kind: 'user',
      userId: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionHash,
    };
  }
  return null;
}
