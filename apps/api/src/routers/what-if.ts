import { loadWhatIfBasis } from '@portfolio/db';
import {
  changesOf,
  contractWhatIf,
  type Replayed,
  type WhatIfBasis,
  type WhatIfInput,
  whatIfInputSchema,
  whatIfMonths,
} from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import type { AppContext } from '../context.ts';
import { scopeOf } from '../figures.ts';
import { readProcedure, router } from '../trpc.ts';
import { FieldIssuesError } from '../write-errors.ts';

type Replay<T> = (
  basis: WhatIfBasis,
  changes: ReturnType<typeof changesOf>,
  scope: ReturnType<typeof scopeOf>,
  currency: string,
) => Replayed<T>;

/**
 * Replays one engagement's history under the input's terms. Writes nothing; an unknown engagement is NOT_FOUND,
 * a change the terms cannot hold BAD_REQUEST with an issue naming it (`allocation.ABN`).
 */
async function replay<T>(ctx: AppContext, input: WhatIfInput, run: Replay<T>): Promise<T> {
  const scope = scopeOf(ctx, input);
  const basis = await loadWhatIfBasis(ctx.db, input.engagement, scope);
  if (!basis) throw new TRPCError({ code: 'NOT_FOUND', message: `No engagement ${input.engagement}` });
  const result = run(basis, changesOf(input), scope, ctx.currency);
  if (result.ok) return result.value;
  const cause = new FieldIssuesError(result.issues);
  throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
}

export const whatIfRouter = router({
  /** DESIGN.md's contract what-if: `{ engagement, changes, actual, whatIf }`, each a report of that engagement. */
  contract: readProcedure
    .input(whatIfInputSchema)
    .query(({ ctx, input }) => replay(ctx, input, contractWhatIf)),

  /** The same two histories month by month (the counted months of the range), for the engagement page. */
  months: readProcedure.input(whatIfInputSchema).query(({ ctx, input }) => replay(ctx, input, whatIfMonths)),
});
