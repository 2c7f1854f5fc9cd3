import { TokensCard } from './tokens-card.tsx';
import { UsersCard } from './users-card.tsx';

/** Users and API tokens: the admin role's page. */
export function AdminPage() {
  return (
    <section>
      <header className="page-header">
        <h1>Admin</h1>
        <p className="page-header__meta">Users, roles and API tokens</p>
      </header>
      <UsersCard />
      <TokensCard />
    </section>
  );
}
