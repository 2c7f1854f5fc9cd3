import type { AppRouter } from '@portfolio/api';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export type RouterOutputs = inferRouterOutputs<AppRouter>;

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    // The server refuses mutations without this header: a cross-site form cannot send it.
    // At most 10 calls a batch: the server refuses batches of more than 20 (MAX_BATCH_CALLS in the API).
    links: [httpBatchLink({ url: '/trpc', maxItems: 10, headers: { 'x-portfolio-request': '1' } })],
  });
}

/** The tRPC error code of an error from the API (e.g. 'UNAUTHORIZED'), or null for anything else. */
export function apiErrorCode(error: unknown): string | null {
  return error instanceof TRPCClientError
    ? ((error.data as { code?: string } | undefined)?.code ?? null)
    : null;
}

/** The field messages of a BAD_REQUEST answer, by field path. */
export function apiFieldIssues(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  const issues =
    (error.data as { issues?: { path: string; message: string }[] | null } | undefined)?.issues ?? [];
  return Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
}
