import { QueryCache, QueryClient } from '@tanstack/react-query';
import { apiErrorCode } from './trpc.ts';

const NOT_WORTH_RETRYING = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'BAD_REQUEST', 'NOT_FOUND']);

/**
 * The app's query client. A 401 from any query means the session ended: the visitor is sent to sign in and
 * brought back afterwards. Refusals and bad input are not retried.
 */
export function createQueryClient(onSignedOut: () => void) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (apiErrorCode(error) === 'UNAUTHORIZED') onSignedOut();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => failures < 1 && !NOT_WORTH_RETRYING.has(apiErrorCode(error) ?? ''),
      },
    },
  });
}
