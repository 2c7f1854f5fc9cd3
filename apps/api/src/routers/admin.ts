import { listApiTokens, listAuditEvents, listUsers } from '@portfolio/db';
import {
  auditInputSchema,
  idInputSchema,
  newTokenSchema,
  newUserSchema,
  userChangeSchema,
} from '@portfolio/domain';
import { changeUser, createApiToken, createUser, revokeToken } from '../auth/accounts.ts';
import type { AppContext } from '../context.ts';
import { adminProcedure, router } from '../trpc.ts';

const who = (ctx: AppContext & { principal: NonNullable<AppContext['principal']> }) => ({
  principal: ctx.principal,
  ip: ctx.client.ip,
});

export const adminRouter = router({
  users: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),

  createUser: adminProcedure
    .input(newUserSchema)
    .mutation(({ ctx, input }) => createUser(ctx.db, who(ctx), input)),

  updateUser: adminProcedure
    .input(userChangeSchema)
    .mutation(({ ctx, input }) => changeUser(ctx.db, who(ctx), input)),

  tokens: adminProcedure.query(({ ctx }) => listApiTokens(ctx.db)),

  createToken: adminProcedure
    .input(newTokenSchema)
    .mutation(({ ctx, input }) => createApiToken(ctx.db, who(ctx), input)),

  revokeToken: adminProcedure
    .input(idInputSchema)
    .mutation(({ ctx, input }) => revokeToken(ctx.db, who(ctx), input.id)),

  audit: adminProcedure.input(auditInputSchema).query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
});
