import { deleteSession, recordAudit } from '@portfolio/db';
import { textSchema } from '@portfolio/domain';
import { z } from 'zod';
import { actorOf } from '../auth/principal.ts';
import { signIn } from '../auth/sign-in.ts';
import { publicProcedure, readProcedure, router } from '../trpc.ts';

const signInSchema = z.object({
  email: textSchema.trim().min(1, 'Enter your email').max(320),
  password: z.string().min(1, 'Enter your password').max(1024),
});

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
