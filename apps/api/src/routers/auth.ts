import { deleteSession, recordAudit } from '@portfolio/db';
import { signInSchema } from '@portfolio/domain';
import { actorOf } from '../auth/principal.ts';
import { signIn } from '../auth/sign-in.ts';
import { publicProcedure, readProcedure, router } from '../trpc.ts';

export const authRouter = router({
  /** The only procedure open to anonymous callers. */
  signIn: publicProcedure
    .input(signInSchema)
    .mutation(({ ctx, input }) => signIn(ctx, input.email, input.password)),

  /** Ends the caller's session (a token has no session to end). */
  signOut: readProcedure.mutation(async ({ ctx }) => {
    const { principal } = ctx;
    if (principal.kind === 'user') {
      await deleteSession(ctx.db, principal.sessionHash);
      await recordAudit(ctx.db, {
        actor: actorOf(principal),
        action: 'auth.sign_out',
        entity: 'user',
        entityKey: principal.email,
        ip: ctx.client.ip,
      });
    }
    ctx.sessionCookie.clear();
    return { signedOut: true };
  }),

  /** Who the caller is. */
  me: readProcedure.query(({ ctx }) => {
    const { principal } = ctx;
    switch (principal.kind) {
      case 'user':
        return { kind: principal.kind, email: principal.email, name: principal.name, role: principal.role };
      case 'token':
        return { kind: principal.kind, email: null, name: principal.name, role: principal.role };
      case 'system':
        return { kind: principal.kind, email: null, name: principal.label, role: principal.role };
    }
  }),
});
