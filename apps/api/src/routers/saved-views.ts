import { deleteSavedView, listSavedViews, saveView } from '@portfolio/db';
import { idInputSchema, savedViewSchema } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import type { Principal } from '../auth/principal.ts';
import { readProcedure, router } from '../trpc.ts';
import { FieldIssuesError } from '../write-errors.ts';

/** The signed-in user calling: views are a person's, so a token or the CLI has none. */
function callingUserId(principal: Principal): number {
  if (principal.kind !== 'user') {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Only a signed-in user has saved views' });
  }
  return principal.userId;
}

/** Each user's named views (a page and its filters); every signed-in user, acting on their own views alone. */
export const savedViewsRouter = router({
  /** The caller's views, by name. */
  list: readProcedure.query(({ ctx }) => listSavedViews(ctx.db, callingUserId(ctx.principal))),

  /** Saves the current page and filters under a name the caller does not use yet. */
  save: readProcedure.input(savedViewSchema).mutation(async ({ ctx, input }) => {
    const result = await saveView(ctx.db, callingUserId(ctx.principal), input);
    if (result.ok) return result.view;
    const cause = new FieldIssuesError(result.issues);
    throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
  }),

  /** Deletes one of the caller's views; another's, or none, is NOT_FOUND alike. */
  delete: readProcedure.input(idInputSchema).mutation(async ({ ctx, input }) => {
    const deleted = await deleteSavedView(ctx.db, callingUserId(ctx.principal), input.id);
    if (!deleted) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such view of yours' });
    return { id: input.id };
  }),
});
