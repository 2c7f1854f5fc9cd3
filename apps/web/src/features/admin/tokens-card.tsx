import type { Role } from '@portfolio/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Column } from '../../components/data-table.tsx';
import { FormError } from '../../components/form-messages.tsx';
import { QueryTable } from '../../components/query-table.tsx';
import { dateTimeLabel } from '../../lib/format.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { RoleField } from './role-select.tsx';

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
      <QueryTable
        label="API tokens"
        query={tokens}
        rows={tokens.data}
        emptyText="No API tokens yet."
        columns={columns}
        rowKey={(token) => String(token.id)}
      />
      <form className="inline-form" onSubmit={submit} aria-label="Create an API token">
        <h3>Create a token</h3>
        <label>
          Name
          <input required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <RoleField value={draft.role} onChange={(role) => setDraft({ ...draft, role })} />
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Create token
        </button>
        <FormError>{create.error?.message}</FormError>
      </form>
    </div>
  );
}
