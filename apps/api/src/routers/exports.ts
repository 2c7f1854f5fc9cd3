import { exportAll } from '@portfolio/db';
import { adminProcedure, router } from '../trpc.ts';

export const exportsRouter = router({
  /**
   * Every interchange file of the portfolio, as `pnpm portfolio export` writes them: a copy of the whole database
   * in the format the import reads, so it is an admin's.
   */
  all: adminProcedure.query(({ ctx }) => exportAll(ctx.db)),
});
