import type { ComponentType, ReactNode } from 'react';
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { AppLayout } from './components/app-layout.tsx';
import { ExportScopeOfPage } from './components/export-scope.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { PageError } from './components/page-error.tsx';
import { RedirectKeepingFilters } from './components/redirect.tsx';
import { AlertsBadge } from './features/alerts/alerts-badge.tsx';
import { SignInPage } from './features/auth/sign-in-page.tsx';
import { UserMenu } from './features/auth/user-menu.tsx';
import { bpoQueries } from './features/bpo-savings/bpo-queries.ts';
import { engagementQueries } from './features/engagements/engagement-queries.ts';
import { kpoQueries } from './features/kpo-insights/kpo-queries.ts';
import { overviewQueries } from './features/overview/overview-queries.ts';
import { slaQueries } from './features/slas/sla-queries.ts';
import { spendQueries } from './features/spend/spend-queries.ts';
import { vendorQueries } from './features/vendors/vendor-queries.ts';
import { loadPageCode } from './lib/new-build.ts';
import { prefetchFor, type QueryAccess } from './lib/prefetch.ts';

/**
 * Each dashboard page is its own chunk, loaded when first opened, so the charts stay out of the first download.
 * The router loads it before it shows the page (a route's `lazy`), rather than a Suspense fallback showing first:
 * React holds a revealed page back for up to 300 ms after its fallback, and the page's queries with it.
 */
const page = <Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
  wrap: (page: ReactNode) => ReactNode = (page) => page,
) => ({
  lazy: async () => {
    const Page: ComponentType = (await loadPageCode(load))[name];
    return { element: wrap(<Page />) };
  },
});

/** A route's loader that starts its page's queries as its code starts loading (they run side by side). */
const prefetching =
  (api: QueryAccess, queriesOf: Parameters<typeof prefetchFor>[2]) =>
  ({ request }: LoaderFunctionArgs) => {
    prefetchFor(api, new URL(request.url).searchParams, queriesOf);
    return null;
  };

/**
 * What the first visit shows while its page's code loads: nothing, as before the app's code ran. Named so that React
 * Router does not write a warning into the console on every first load.
 */
const NothingYet = () => null;

/** Routes compose features; a feature never imports another. */
export function createRouter(api: QueryAccess) {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage /> },
    {
      path: '/',
      HydrateFallback: NothingYet,
      element: <AppLayout userMenu={<UserMenu />} navBadges={{ '/alerts': <AlertsBadge /> }} />,
      children: [
        {
          // A page that fails shows why in its place, inside the layout (navigation kept).
          errorElement: <PageError />,
          children: [
            { index: true, element: <RedirectKeepingFilters to="/overview" /> },
            {
              path: 'overview',
              ...page(() => import('./features/overview/overview-page.tsx'), 'OverviewPage'),
              loader: prefetching(api, overviewQueries),
            },
            { path: 'alerts', ...page(() => import('./features/alerts/alerts-page.tsx'), 'AlertsPage') },
            {
              path: 'slas',
              ...page(() => import('./features/slas/slas-page.tsx'), 'SlasPage'),
              loader: prefetching(api, slaQueries),
            },
            {
              path: 'missing-reports',
              ...page(
                () => import('./features/missing-reports/missing-reports-page.tsx'),
                'MissingReportsPage',
              ),
            },
            {
              path: 'slas/:engagement/:sla',
              ...page(
                () => import('./features/slas/sla-detail-page.tsx'),
                'SlaDetailPage',
                (page) => (
                  <ExportScopeOfPage params={['engagement', 'sla']} replace>
                    {page}
                  </ExportScopeOfPage>
                ),
              ),
            },
            {
              path: 'bpo-savings',
              ...page(() => import('./features/bpo-savings/bpo-savings-page.tsx'), 'BpoSavingsPage'),
              loader: prefetching(api, bpoQueries),
            },
            {
              path: 'kpo-insights',
              ...page(() => import('./features/kpo-insights/kpo-insights-page.tsx'), 'KpoInsightsPage'),
              loader: prefetching(api, kpoQueries),
            },
            {
              path: 'spend',
              ...page(() => import('./features/spend/spend-page.tsx'), 'SpendPage'),
              loader: prefetching(api, spendQueries),
            },
            {
              path: 'engagements',
              ...page(() => import('./features/engagements/engagements-page.tsx'), 'EngagementsPage'),
              loader: prefetching(api, engagementQueries),
            },
            {
              path: 'engagements/:code',
              ...page(
                () => import('./features/engagements/engagement-detail-page.tsx'),
                'EngagementDetailPage',
                (page) => (
                  <ExportScopeOfPage params={['code']} replace>
                    {page}
                  </ExportScopeOfPage>
                ),
              ),
            },
            {
              path: 'vendors',
              ...page(() => import('./features/vendors/vendors-page.tsx'), 'VendorsPage'),
              loader: prefetching(api, vendorQueries),
            },
            {
              path: 'vendors/:name',
              ...page(
                () => import('./features/vendors/vendor-detail-page.tsx'),
                'VendorDetailPage',
                (page) => <ExportScopeOfPage params={['name']}>{page}</ExportScopeOfPage>,
              ),
            },
            {
              path: 'data-entry',
              ...page(() => import('./features/data-entry/data-entry-page.tsx'), 'DataEntryPage'),
            },
            {
              path: 'data-entry/vendors',
              ...page(() => import('./features/data-entry/vendors-entry-page.tsx'), 'VendorsEntryPage'),
            },
            {
              path: 'data-entry/fx-rates',
              ...page(() => import('./features/data-entry/fx-rates-entry-page.tsx'), 'FxRatesEntryPage'),
            },
            {
              path: 'data-entry/engagements/new',
              ...page(() => import('./features/data-entry/new-engagement-page.tsx'), 'NewEngagementPage'),
            },
            {
              path: 'data-entry/engagements/:code',
              ...page(() => import('./features/data-entry/engagement-entry-page.tsx'), 'EngagementEntryPage'),
            },
            { path: 'import', ...page(() => import('./features/import/import-page.tsx'), 'ImportPage') },
            {
              path: 'history/:code',
              ...page(() => import('./features/history/history-page.tsx'), 'HistoryPage'),
            },
            {
              path: 'notifications',
              ...page(() => import('./features/notifications/notifications-page.tsx'), 'NotificationsPage'),
            },
            { path: 'admin', ...page(() => import('./features/admin/admin-page.tsx'), 'AdminPage') },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
