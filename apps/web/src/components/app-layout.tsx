import { type ReactNode, Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { filterSearch } from '../lib/filters.ts';
import { FilterBar } from './filter-bar.tsx';
import { NAV_ITEMS, type NavItem } from './nav-items.ts';
import './dashboard.css';

/** Pages the shared filters do not apply to. */
const UNFILTERED = ['/admin', '/import', '/data-entry', '/history', '/notifications'];

const GROUPS = [...new Set(NAV_ITEMS.map((item) => item.group))];

function NavEntry({ item, search, badge }: { item: NavItem; search: string; badge?: ReactNode }) {
  if (!item.ready) {
    return (
      <span className="nav-link nav-link--soon" aria-disabled="true" title="Coming in a later release">
        {item.label}
      </span>
    );
  }
  return (
    <NavLink
      to={{ pathname: item.to, search }}
      className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}
    >
      {item.label}
      {badge}
    </NavLink>
  );
}

/** The frame of every signed-in page; the routes pass in what belongs to features (the user menu). */
export function AppLayout({
  userMenu,
  navBadges,
}: {
  userMenu?: ReactNode;
  /** A count beside a nav entry, by its path (the alerts' badge). */
  navBadges?: Readonly<Record<string, ReactNode>>;
}) {
  const location = useLocation();
  // The shared filters travel with the visitor from page to page.
  const search = filterSearch(location.search);
  const filtered = !UNFILTERED.some((path) => location.pathname.startsWith(path));
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
                <NavEntry item={item} key={item.to} search={search} badge={navBadges?.[item.to]} />
              ))}
            </div>
          ))}
        </nav>
        {userMenu}
      </aside>
      <main id="main" className="content">
        {filtered ? <FilterBar /> : null}
        <Suspense
          fallback={
            <p className="state state--loading" role="status">
              Loading…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
