import type { Actor } from '@portfolio/db';
import type { Role } from '@portfolio/domain';

/** Who is calling: a signed-in user, an API token, or the system itself (the CLI, start-up seeding). */
export type Principal =
  | { kind: 'user'; userId: number; email: string; name: string; role: Role; sessionHash: string }
  | { kind: 'token'; tokenId: number; name: string; role: Role }
  | { kind: 'system'; role: Role; label: string };

/** The CLI, in its own process or through the server that holds the embedded folder: audited as `cli`. */
export const CLI_PRINCIPAL: Principal = { kind: 'system', role: 'admin', label: 'cli' };

/** The audit trail's view of a principal (null: anonymous). */
export function actorOf(principal: Principal | null): Actor {
  if (principal === null) return { userId: null, tokenId: null, label: 'anonymous' };
  switch (principal.kind) {
    case 'user':
      return { userId: principal.userId, tokenId: null, label: principal.email };
    case 'token':
      return { userId: null, tokenId: principal.tokenId, label: `token:${principal.name}` };
    case 'system':
      return { userId: null, tokenId: null, label: principal.label };
  }
}
