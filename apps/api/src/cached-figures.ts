import type { AppContext, ServerContext } from './context.ts';

/**
 * Keeps an answer of portfolio figures per data version (answer-cache.ts): for answers that depend only on their
 * input, today, the reporting currency, the fiscal year and the data. Not for users, sessions or the audit trail,
 * which change without moving the data version, nor for anything that depends on the caller.
 */
export function keptFigures<T>(ctx: ServerContext, name: string, input: unknown, compute: () => Promise<T>) {
  return ctx.answers.answer(figuresKey(ctx, name, input), compute);
}

function figuresKey(ctx: ServerContext, name: string, input: unknown): string {
  return JSON.stringify([name, input, ctx.clock.today(), ctx.currency, ctx.fiscalYearStart]);
}

/** A query resolver whose answer is kept per data version under its procedure's path (see keptFigures). */
export function cachedFigures<Input, Output>(
  resolve: (options: { ctx: AppContext; input: Input }) => Promise<Output>,
) {
  return (options: { ctx: AppContext; input: Input; path: string }): Promise<Output> =>
    keptFigures(options.ctx, options.path, options.input, () => resolve(options));
}
