import { allows, type Permission } from '@portfolio/domain';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc.ts';

/**
 * The signed-in role and what it may do, by the same permission table the server enforces: pages hide or disable
 * edit controls the server would refuse (the server stays the authority).
 */
export function useRole() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const role = me.data?.role ?? null;
  return { role, can: (permission: Permission) => role !== null && allows(permission, role) };
}
