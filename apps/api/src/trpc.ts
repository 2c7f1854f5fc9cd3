import { DomainError } from '@portfolio/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { AppContext } from './context.ts';

/**
 * The one place that defines procedures. Errors reach clients as a code, a message and (for bad input)
 * the field issues; never a stack trace or SQL.
 */
const t = initTRPC.context<AppContext>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      message: error.code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        issues: zodError?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? null,
      },
    };
  },
});

/** Domain errors (a missing FX rate, a bad period) are the caller's to fix: answer 400 with the message. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: result.error.cause.message,
      cause: result.error.cause,
    });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(domainErrors);
