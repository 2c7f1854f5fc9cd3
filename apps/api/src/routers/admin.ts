import { listApiTokens, listAuditEvents, listUsers } from '@portfolio/db';
import { nameSchema, ROLES, textSchema } from '@portfolio/domain';
import { z } from 'zod';
import { changeUser, createApiToken, createUser, revokeToken } from '../auth/accounts.ts';
import type { AppContext } from '../context.ts';
import { adminProcedure, router } from '../trpc.ts';

export const passwordSchema = z
  .string()
  .min(12, 'Use at least 12 characters')
  .max(1024, 'Use at most 1024 characters');

const who = (ctx: AppContext & { principal: NonNullable<AppContext['principal']> }) => ({
  principal: ctx.principal,
  ip: ctx.client.ip,
});

export const adminRouter = router({
  users: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),

  createUser: adminProcedure
    .input(
      z.object({
        email: z.email('Enter a valid email').max(320),
        name: nameSchema.default(''),
        role: z.enum(ROLES),
        password: passwordSchema,
      }),
    )
    .mutation(({ ctx, input }) => createUser(ctx.db, who(ctx), input)),

  updateUser: adminProcedure
    .input(
      z.object({
        id: z.number().int().positive(),
        version: z.number().int().positive(),
        role: z.enum(ROLES).optional(),
        active: z.boolean().optional(),
        name: nameSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) => changeUser(ctx.db, who(ctx), input)),

  tokens: adminProcedure.query(({ ctx }) => listApiTokens(ctx.db)),

  createToken: adminProcedure
    .input(z.object({ name: nameSchema.pipe(z.string().min(1, 'Name the token')), role: z.enum(ROLES) }))
    .mutation(({ ctx, input }) => createApiToken(ctx.db, who(ctx), input)),

  revokeToken: adminProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .mutation(({ ctx, input }) => revokeToken(ctx.db, who(ctx), input.id)),

  audit: adminProcedure
    .input(
      z.object({
        entity: textSchema.max(50).optional(),
        entityKey: textSchema.max(200).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      }),
    )
    .query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
});
