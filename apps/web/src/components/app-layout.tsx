import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { NAV_ITEMS, type NavItem } from './nav-items.ts';

const GROUPS = [...new Set(NAV_ITEMS.map((item) => item.group))];

function NavEntry({ item }: { item: NavItem }) {
  if (!item.ready) {
    return (
      <span className="nav-link nav-link--soon" aria-disabled="true" title="Coming in a later release">
        {item.label}
      </span>
    );
  }
  return (
    <NavLink to={item.to} className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}>
      {item.label}
    </NavLink>
  );
}

/** The frame of every signed-in page; the routes pass in what belongs to features (the user menu). */
export function AppLayout({ userMenu }: { userMenu?: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">Outsourcing Portfolio</div>
        <nav aria-label="Main">
          {GROUPS.map((group) => (
            <div className="nav-group" key={group}>
              <div className="nav-group__title">{group}</div>
              {NAV_ITEMS.filter((item) => item.group === group).map((item) => (
                <NavEntry item={item} key={item.to} />
              ))}
            </div>
          ))}
        </nav>
        {userMenu}
      </aside>
      <main id="main" className="content">
        <Outlet />
      </main>
    </div>
  );
}
