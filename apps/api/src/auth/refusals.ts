import { type Db, recordRepeatedAudit } from '@portfolio/db';
import type { Logger } from '../logger.ts';
import { actorOf, type Principal } from './principal.ts';

/**
 * Records a refused request in the audit trail (a role without the permission, a cross-site request, a rejected
 * import), counted per subject and hour so that a flood of them stays a few rows. A refusal is answered whether or
 * not it could be recorded: a database that is down must not turn a 403 into a 500.
 */
export async function recordRefusal(
  db: Db,
  logger: Logger,
  refusal: {
    action: 'access.refused' | 'request.cross_site_refused' | 'import.rejected';
    principal: Principal | null;
    ip: string | null;
    /** What was refused: the procedure, the file, the origin. */
    subject: string;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  try {
    await recordRepeatedAudit(db, {
      actor: actorOf(refusal.principal),
      action: refusal.action,
      entity: 'request',
      entityKey: refusal.subject,
      ip: refusal.ip,
      detail: refusal.detail,
    });
  } catch (error) {
    logger.warn({ err: error, refusal: refusal.action }, 'a refusal could not be recorded');
  }
}
