import { ROLES, type Role } from '@portfolio/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { dateTimeLabel } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';

export function TokensCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.admin.tokens.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.tokens.queryKey() });
  const revoke = useMutation(trpc.admin.revokeToken.mutationOptions({ onSettled: refresh }));
  const create = useMutation(trpc.admin.createToken.mutationOptions({ onSuccess: refresh }));
  const [draft, setDraft] = useState({ name: '', role: 'viewer' as Role });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(draft, { onSuccess: () => setDraft({ name: '', role: 'viewer' }) });
  };

  return (
    <div className="card">
      <h2>API tokens</h2>
      <p className="card__hint">
        For scripts and BI tools: send as <code>Authorization: Bearer …</code>. A token works while the user
        who made it is active.
      </p>
      {create.data && (
        <div className="note" role="status">
          Token “{create.data.name}” created. Copy it now, it is not shown again:
          <code className="secret">{create.data.secret}</code>
        </div>
      )}
      <QueryState
        isPending={tokens.isPending}
        error={tokens.error}
        isEmpty={tokens.data?.length === 0}
        emptyText="No API tokens yet."
      >
        <div className="table-wrap">
          <table className="data-table" aria-label="API tokens">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">Created by</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data?.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>{token.role}</td>
                  <td>{dateTimeLabel(token.createdAt)}</td>
                  <td>{token.createdBy ?? 'command line'}</td>
                  <td>{token.lastUsedAt ? dateTimeLabel(token.lastUsedAt) : 'never'}</td>
                  <td>
                    {token.revokedAt ? (
                      'revoked'
                    ) : !token.creatorActive ? (
                      'stopped: its creator was deactivated'
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => revoke.mutate({ id: token.id })}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
      <form className="inline-form" onSubmit={submit} aria-label="Create an API token">
        <h3>Create a token</h3>
        <label>
          Name
          <input required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <label>
          Role
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
            {ROLES.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Create token
        </button>
        {create.error && (
          <p className="form-error" role="alert">
            {create.error.message}
          </p>
        )}
      </form>
    </div>
  );
}
