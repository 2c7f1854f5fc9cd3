import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc.ts';

/** The month in progress by the server's clock (PORTFOLIO_TODAY or the real date); null until it is known. */
export function useCurrentMonth(): string | null {
  const trpc = useTRPC();
  const info = useQuery(trpc.meta.info.queryOptions());
  return info.data?.today.slice(0, 7) ?? null;
}
