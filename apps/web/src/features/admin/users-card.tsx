import type { Role } from '@portfolio/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Column } from '../../components/data-table.tsx';
import { FormError } from '../../components/form-messages.tsx';
import { QueryTable } from '../../components/query-table.tsx';
import { dateTimeLabel } from '../../lib/format.ts';
import { apiFieldIssues, type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { RoleField, RoleSelect } from './role-select.tsx';

type User = RouterOutputs['admin']['users'][number];

export function UsersCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.admin.users.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
  const update = useMutation(trpc.admin.updateUser.mutationOptions({ onSettled: refresh }));
  const create = useMutation(trpc.admin.createUser.mutationOptions({ onSuccess: refresh }));
  const [draft, setDraft] = useState({ email: '', name: '', role: 'viewer' as Role, password: '' });
  const issues = apiFieldIssues(create.error);

  const columns: Column<User>[] = [
    { key: 'email', header: 'Email', value: (user) => user.email },
    { key: 'name', header: 'Name', value: (user) => user.name },
    {
      key: 'role',
      header: 'Role',
      value: (user) => user.role,
      render: (user) => (
        <RoleSelect
          label={`Role of ${user.email}`}
          value={user.role}
          onChange={(role) => update.mutate({ id: user.id, version: user.version, role })}
        />
      ),
    },
    {
      key: 'active',
      header: 'Active',
      value: (user) => (user.active ? 'yes' : 'no'),
      render: (user) => (
        <input
          type="checkbox"
          aria-label={`${user.email} is active`}
          checked={user.active}
          onChange={(event) =>
            update.mutate({ id: user.id, version: user.version, active: event.target.checked })
          }
        />
      ),
    },
    {
      key: 'lastSignIn',
      header: 'Last sign-in',
      value: (user) => user.lastSignInAt,
      render: (user) => (user.lastSignInAt ? dateTimeLabel(user.lastSignInAt) : 'never'),
    },
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(draft, {
      onSuccess: () => setDraft({ email: '', name: '', role: 'viewer', password: '' }),
    });
  };

  return (
    <div className="card">
      <h2>Users</h2>
      <FormError>{update.error?.message}</FormError>
      <QueryTable
        label="Users"
        query={users}
        rows={users.data}
        emptyText="No users."
        columns={columns}
        rowKey={(user) => String(user.id)}
      />
      <form className="inline-form" onSubmit={submit} aria-label="Add a user">
        <h3>Add a user</h3>
        <label>
          Email
          <input
            type="email"
            required
            value={draft.email}
            onChange={(e) => setDraft({ ...draft, email: e.target.value })}
          />
          {issues.email && <span className="field-error">{issues.email}</span>}
        </label>
        <label>
          Name
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <RoleField value={draft.role} onChange={(role) => setDraft({ ...draft, role })} />
        <label>
          Initial password
          <input
            type="password"
            autoComplete="new-password"
            required
            value={draft.password}
            onChange={(e) => setDraft({ ...draft, password: e.target.value })}
          />
          {issues.password && <span className="field-error">{issues.password}</span>}
        </label>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Add user
        </button>
        {/* A field's issue stands by its field; only another error is said here. */}
        {Object.keys(issues).length === 0 ? <FormError>{create.error?.message}</FormError> : null}
      </form>
    </div>
  );
}
