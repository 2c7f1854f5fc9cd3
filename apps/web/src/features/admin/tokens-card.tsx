import { ROLES, type Role } from '@portfolio/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { dateTimeLabel } from '../../lib/format.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';

type Token = RouterOutputs['admin']['tokens'][number];

export function TokensCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.admin.tokens.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.tokens.queryKey() });
  const revoke = useMutation(trpc.admin.revokeToken.mutationOptions({ onSettled: refresh }));
  const create = useMutation(trpc.admin.createToken.mutationOptions({ onSuccess: refresh }));
  const [draft, setDraft] = useState({ name: '', role: 'viewer' as Role });

  const columns: Column<Token>[] = [
    { key: 'name', header: 'Name', value: (token) => token.name },
    { key: 'role', header: 'Role', value: (token) => token.role },
    {
      key: 'created',
      header: 'Created',
      value: (token) => token.createdAt,
      render: (token) => dateTimeLabel(token.createdAt),
    },
    { key: 'createdBy', header: 'Created by', value: (token) => token.createdBy ?? 'command line' },
    {
      key: 'lastUsed',
      header: 'Last used',
      value: (token) => token.lastUsedAt,
      render: (token) => (token.lastUsedAt ? dateTimeLabel(token.lastUsedAt) : 'never'),
    },
    {
      key: 'status',
      header: 'Status',
      value: (token) => (token.revokedAt ? 'revoked' : token.creatorActive ? 'active' : 'stopped'),
      render: (token) =>
        token.revokedAt ? (
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
        ),
    },
  ];

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
        <DataTable
          label="API tokens"
          rows={tokens.data ?? []}
          columns={columns}
          rowKey={(token) => String(token.id)}
        />
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
