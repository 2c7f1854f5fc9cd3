import { createVendor, listVendorRecords, setVendorArchived, updateVendor } from '@portfolio/db';
import { rowRefSchema, vendorCreateSchema, vendorUpdateSchema } from '@portfolio/domain';
import { whoOf } from '../../auth/who.ts';
import { operationsProcedure, readProcedure, router } from '../../trpc.ts';
import { unwrapWrite } from '../../write-errors.ts';

export const vendorRecordsRouter = router({
  /** Every vendor with its version, archived ones included, for the edit forms. */
  list: readProcedure.query(({ ctx }) => listVendorRecords(ctx.db)),

  create: operationsProcedure
    .input(vendorCreateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await createVendor(ctx.db, whoOf(ctx), input.values), `Vendor ${input.values.name}`),
    ),

  update: operationsProcedure
    .input(vendorUpdateSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await updateVendor(ctx.db, whoOf(ctx), input), `Vendor ${input.values.name}`),
    ),

  /** Archives a vendor: it leaves the filter lists, its engagements and their history stay. */
  archive: operationsProcedure
    .input(rowRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await setVendorArchived(ctx.db, whoOf(ctx), { ...input, archived: true }), 'The vendor'),
    ),

  restore: operationsProcedure
    .input(rowRefSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapWrite(await setVendorArchived(ctx.db, whoOf(ctx), { ...input, archived: false }), 'The vendor'),
    ),
});
