import { PageHeader } from '../../components/page-header.tsx';
import { useRole } from '../../lib/use-role.ts';
import { TokensCard } from './tokens-card.tsx';
import { UsersCard } from './users-card.tsx';

/** Users and API tokens: the admin role's page; other roles are told whose it is, and offered nothing. */
export function AdminPage() {
  const { role, can } = useRole();
  return (
    <section>
      <PageHeader title="Admin" meta="Users, roles and API tokens" />
      {role === null ? (
        <p className="state state--loading" role="status">
          Loading…
        </p>
      ) : can('admin') ? (
        <>
          <UsersCard />
          <TokensCard />
        </>
      ) : (
        <p className="state">
          Users, roles and API tokens are managed by administrators. Your role, {role}, does not include them.
        </p>
      )}
    </section>
  );
}
