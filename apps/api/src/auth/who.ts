import type { Who } from '@portfolio/db';
import type { AppContext } from '../context.ts';
import { actorOf, type Principal } from './principal.ts';

/** The author of a change, for its audit event: the caller and their address. */
export function whoOf(ctx: Pick<AppContext, 'client'> & { principal: Principal }): Who {
  return { actor: actorOf(ctx.principal), ip: ctx.client.ip };
}
