import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../lib/trpc.ts';

/** Who is signed in, with their role, and the way out. */
export function UserMenu() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(trpc.auth.me.queryOptions());
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        queryClient.clear();
        await navigate('/sign-in', { replace: true });
      },
    }),
  );
  if (!me.data) return null;
  return (
    <div className="user-menu">
      <div className="user-menu__who">
        <span className="user-menu__name">{me.data.name || me.data.email}</span>
        <span className="user-menu__role">{me.data.role}</span>
      </div>
      <button
        type="button"
        className="button button--ghost"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        Sign out
      </button>
    </div>
  );
}
