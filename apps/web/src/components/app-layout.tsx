import { type ReactNode, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { filterSearch, filterWords, readFilters } from '../lib/filters.ts';
import { useNarrow } from '../lib/use-media-query.ts';
import { useRole } from '../lib/use-role.ts';
import { ExportScope } from './export-scope.tsx';
import { FilterBar } from './filter-bar.tsx';
import { NAV_ITEMS, navFor } from './nav-items.ts';
import { SavedViews } from './saved-views.tsx';
import { Sheet } from './sheet.tsx';
import './navigation.css';
import './dashboard.css';
import './layout.css';

/** Pages the shared filters do not apply to. */
const UNFILTERED = ['/admin', '/import', '/data-entry', '/history', '/notifications'];

const GROUPS = [...new Set(NAV_ITEMS.map((item) => item.group))];

/** The sections the signed-in role may open, in their groups, keeping the shared filters on each link. */
function Navigation({ badges }: { badges?: Readonly<Record<string, ReactNode>> }) {
  const location = useLocation();
  const { role, can } = useRole();
  // The shared filters travel with the visitor from page to page.
  const search = filterSearch(location.search);
  // Until the role is known, only what every role reads is listed: nothing is offered that is then refused.
  const items = navFor((permission) => (role === null ? permission === 'read' : can(permission)));
  return (
    <nav aria-label="Main">
      {GROUPS.map((group) => {
        const entries = items.filter((item) => item.group === group);
        if (entries.length === 0) return null;
        return (
          <div className="nav-group" key={group}>
            <div className="nav-group__title">{group}</div>
            {entries.map((item) => (
              <NavLink
                key={item.to}
                to={{ pathname: item.to, search }}
                className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}
              >
                {item.label}
                {badges?.[item.to]}
              </NavLink>
            ))}
          </div>
        );
      })}
    </nav>
  );
}

/**
 * The frame of every signed-in page; the routes pass in what belongs to features (the user menu, the alerts'
 * badge). From 768 px the navigation stands at the left; below, a top bar's menu button opens it as a drawer.
 */
export function AppLayout({
  userMenu,
  navBadges,
}: {
  userMenu?: ReactNode;
  /** A count beside a nav entry, by its path (the alerts' badge). */
  navBadges?: Readonly<Record<string, ReactNode>>;
}) {
  const location = useLocation();
  const narrow = useNarrow();
  const [drawer, setDrawer] = useState(false);
  // The next page's code is loading: the page shown stays until it comes, marked busy (dimmed after a moment).
  const navigation = useNavigation();
  const opening = navigation.state === 'loading' && navigation.location.pathname !== location.pathname;
  const filtered = !UNFILTERED.some((path) => location.pathname.startsWith(path));
  const words = filtered ? filterWords(readFilters(new URLSearchParams(location.search))) : [];

  // Following a link closes the drawer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the page's address is the trigger.
  useEffect(() => setDrawer(false), [location.pathname]);

  return (
    <div className={narrow ? 'shell shell--narrow' : 'shell'}>
      {/* The page's main region takes the focus (tabIndex −1), so the next Tab goes on from there. */}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {narrow ? (
        <>
          <header className="topbar">
            <button
              type="button"
              className="topbar__menu"
              aria-expanded={drawer}
              aria-controls="navigation-drawer"
              onClick={() => setDrawer(true)}
            >
              <span aria-hidden="true">☰</span> Menu
            </button>
            <span className="brand">Outsourcing Portfolio</span>
          </header>
          <Sheet
            id="navigation-drawer"
            title="Menu"
            side="left"
            open={drawer}
            onClose={() => setDrawer(false)}
          >
            <Navigation badges={navBadges} />
            {userMenu}
          </Sheet>
        </>
      ) : (
        <aside className="sidebar">
          <div className="brand">Outsourcing Portfolio</div>
          <Navigation badges={navBadges} />
          {userMenu}
        </aside>
      )}
      <main id="main" className="content" tabIndex={-1} aria-busy={opening}>
        {filtered ? (
          <>
            <FilterBar />
            <SavedViews />
          </>
        ) : null}
        <ExportScope words={words}>
          <Outlet />
        </ExportScope>
      </main>
    </div>
  );
}
