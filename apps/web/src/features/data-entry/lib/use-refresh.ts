import { useQueryClient } from '@tanstack/react-query';

/**
 * After a change every figure may move (a measurement changes credits, savings, scorecards), so every query is
 * refetched rather than guessing which.
 */
export function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries();
}
