import { isDatabaseUnavailable, isDataException } from '@portfolio/db';
import { DomainError } from '@portfolio/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { allows, type Permission } from './auth/permissions.ts';
import { recordRefusal } from './auth/refusals.ts';
import type { AppContext } from './context.ts';
import { FieldIssuesError, VersionConflictError } from './write-errors.ts';

/** Every procedure carries the permission it was built with, so the access test can read the rule back. */
export interface ProcedureMeta {
  permission: Permission;
}

/**
 * The one place that defines procedures. Errors reach clients as a code, a message, the field issues of bad
 * input and, for a stale version, the current values (`conflict`); never a stack trace or SQL.
 */
const t = initTRPC
  .context<AppContext>()
  .meta<ProcedureMeta>()
  .create({
    isDev: false,
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? error.cause : null;
      const fieldIssues = error.cause instanceof FieldIssuesError ? error.cause.issues : null;
      return {
        message: error.code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : shape.message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          issues:
            zodError?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ??
            fieldIssues?.map((i) => ({ path: i.path, message: i.message })) ??
            null,
          conflict: error.cause instanceof VersionConflictError ? error.cause.details : null,
        },
      };
    },
  });

/** What a caller is told while the database cannot be reached. */
export const DATABASE_UNAVAILABLE = 'The database is unavailable; try again shortly';

/**
 * Domain errors (a missing FX rate, a bad period) are the caller's to fix: answer 400 with the message.
 * A database that cannot be reached is nobody's mistake: 503, and the same request may be tried again.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDatabaseUnavailable(result.error.cause)) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: DATABASE_UNAVAILABLE,
      cause: result.error.cause,
    });
  }
  if (!result.ok && isDataException(result.error.cause)) {
    const message = `A value is out of range: ${result.error.cause.message}`;
    throw new TRPCError({ code: 'BAD_REQUEST', message, cause: result.error.cause });
  }
  if (!result.ok && result.error.cause instanceof DomainError) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: result.error.cause.message,
      cause: result.error.cause,
    });
  }
  return result;
});

/** Refuses callers without the permission (401 anonymous, 403 signed in) before the input is even read. */
function requirePermission(permission: Exclude<Permission, 'public'>) {
  return t.middleware(async ({ ctx, path, next }) => {
    const { principal } = ctx;
    if (principal === null) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
    if (!allows(permission, principal.role)) {
      await recordRefusal(ctx.db, ctx.logger, {
        action: 'access.refused',
        principal,
        ip: ctx.client.ip,
        subject: path,
      });
      throw new TRPCError({ code: 'FORBIDDEN', message: `The ${principal.role} role may not do this` });
    }
    return next({ ctx: { principal } });
  });
}

const procedureWith = (permission: Exclude<Permission, 'public'>) =>
  t.procedure.meta({ permission }).use(requirePermission(permission)).use(domainErrors);

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// The only procedure builders there are: a procedure cannot be declared without its rule.
export const publicProcedure = t.procedure.meta({ permission: 'public' }).use(domainErrors);
export const readProcedure = procedureWith('read');
export const operationsProcedure = procedureWith('operations');
export const financeProcedure = procedureWith('finance');
/** Imports: the caller must hold the permission of the file too (`FILE_PERMISSIONS`), checked by the procedure. */
export const importProcedure = procedureWith('import');
export const adminProcedure = procedureWith('admin');
