import { ImportRejectedError, importCsv, previewCsv } from '@portfolio/db';
import {
  allows,
  FILE_PERMISSIONS,
  type InterchangeFileName,
  importRunSchema,
  uploadSchema,
} from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import type { Principal } from '../auth/principal.ts';
import { recordRefusal } from '../auth/refusals.ts';
import { whoOf } from '../auth/who.ts';
import type { AppContext } from '../context.ts';
import { importProcedure, router } from '../trpc.ts';

/** Errors returned with a rejected file; the count of all of them comes with it. */
const MAX_ERRORS = 500;

const OWNERS = { operations: 'operations (admin, ops)', finance: 'finance (admin, finance)' } as const;

/** Each file belongs to a permission: operations for vendors to deliverables, finance for charges and FX rates. */
async function requireFilePermission(
  ctx: AppContext & { principal: Principal },
  file: InterchangeFileName,
): Promise<void> {
  const { principal } = ctx;
  const permission = FILE_PERMISSIONS[file];
  if (!allows(permission, principal.role)) {
    await recordRefusal(ctx.db, ctx.logger, {
      action: 'access.refused',
      principal,
      ip: ctx.client.ip,
      subject: `import ${file}`,
    });
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `The ${principal.role} role may not import ${file}: it belongs to ${OWNERS[permission]}`,
    });
  }
}

export const importsRouter = router({
  /**
   * Parses and validates a file with the import's own code and writes nothing: the first rows and every bad row
   * (line, column, reason), and for a good file what the import would insert, update and leave unchanged.
   */
  preview: importProcedure.input(uploadSchema).mutation(async ({ ctx, input }) => {
    await requireFilePermission(ctx, input.file);
    const maySetBudgets = allows('finance', ctx.principal.role);
    return previewCsv(ctx.db, input.file, input.content, { maxErrors: MAX_ERRORS, maySetBudgets });
  }),

  /**
   * Imports a file all or nothing with the same code as the CLI's `import`, recorded as one audit event `import`
   * with its row counts in the import's transaction. A file with bad rows is rejected whole, its errors returned.
   */
  run: importProcedure.input(importRunSchema).mutation(async ({ ctx, input }) => {
    await requireFilePermission(ctx, input.file);
    try {
      const maySetBudgets = allows('finance', ctx.principal.role);
      const count = await importCsv(ctx.db, input.file, input.content, {
        audit: whoOf(ctx),
        maySetBudgets,
      });
      return { status: 'imported' as const, count };
    } catch (error) {
      if (!(error instanceof ImportRejectedError)) throw error;
      await recordRefusal(ctx.db, ctx.logger, {
        action: 'import.rejected',
        principal: ctx.principal,
        ip: ctx.client.ip,
        subject: input.file,
        detail: { badRows: error.badRows, errors: error.errors.length },
      });
      return {
        status: 'rejected' as const,
        file: input.file,
        errors: input.errors === 'all' ? error.errors : error.errors.slice(0, MAX_ERRORS),
        errorCount: error.errors.length,
        badRows: error.badRows,
      };
    }
  }),
});
