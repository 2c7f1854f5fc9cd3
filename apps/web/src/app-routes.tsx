import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/app-layout.tsx';
import { ExportScopeOfPage } from './components/export-scope.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { RedirectKeepingFilters } from './components/redirect.tsx';
import { AdminPage } from './features/admin/admin-page.tsx';
import { AlertsBadge } from './features/alerts/alerts-badge.tsx';
import { SignInPage } from './features/auth/sign-in-page.tsx';
import { UserMenu } from './features/auth/user-menu.tsx';

// Each dashboard page is its own chunk, loaded when first opened, so the charts stay out of the first download.
const page = <Name extends string>(load: () => Promise<Record<Name, React.ComponentType>>, name: Name) =>
  lazy(async () => ({ default: (await load())[name] }));
const OverviewPage = page(() => import('./features/overview/overview-page.tsx'), 'OverviewPage');
const AlertsPage = page(() => import('./features/alerts/alerts-page.tsx'), 'AlertsPage');
const SlasPage = page(() => import('./features/slas/slas-page.tsx'), 'SlasPage');
const MissingReportsPage = page(
  () => import('./features/missing-reports/missing-reports-page.tsx'),
  'MissingReportsPage',
);
const SlaDetailPage = page(() => import('./features/slas/sla-detail-page.tsx'), 'SlaDetailPage');
const BpoSavingsPage = page(() => import('./features/bpo-savings/bpo-savings-page.tsx'), 'BpoSavingsPage');
const KpoInsightsPage = page(
  () => import('./features/kpo-insights/kpo-insights-page.tsx'),
  'KpoInsightsPage',
);
const SpendPage = page(() => import('./features/spend/spend-page.tsx'), 'SpendPage');
const EngagementsPage = page(() => import('./features/engagements/engagements-page.tsx'), 'EngagementsPage');
const EngagementDetailPage = page(
  () => import('./features/engagements/engagement-detail-page.tsx'),
  'EngagementDetailPage',
);
const VendorsPage = page(() => import('./features/vendors/vendors-page.tsx'), 'VendorsPage');
const VendorDetailPage = page(() => import('./features/vendors/vendor-detail-page.tsx'), 'VendorDetailPage');
const DataEntryPage = page(() => import('./features/data-entry/data-entry-page.tsx'), 'DataEntryPage');
const EngagementEntryPage = page(
  () => import('./features/data-entry/engagement-entry-page.tsx'),
  'EngagementEntryPage',
);
const NewEngagementPage = page(
  () => import('./features/data-entry/new-engagement-page.tsx'),
  'NewEngagementPage',
);
const VendorsEntryPage = page(
  () => import('./features/data-entry/vendors-entry-page.tsx'),
  'VendorsEntryPage',
);
const FxRatesEntryPage = page(
  () => import('./features/data-entry/fx-rates-entry-page.tsx'),
  'FxRatesEntryPage',
);
const ImportPage = page(() => import('./features/import/import-page.tsx'), 'ImportPage');
const NotificationsPage = page(
  () => import('./features/notifications/notifications-page.tsx'),
  'NotificationsPage',
);
const HistoryPage = page(() => import('./features/history/history-page.tsx'), 'HistoryPage');

/** Routes compose features; a feature never imports another. */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <AppLayout userMenu={<UserMenu />} navBadges={{ '/alerts': <AlertsBadge /> }} />,
    children: [
      { index: true, element: <RedirectKeepingFilters to="/overview" /> },
      { path: 'overview', element: <OverviewPage /> },
      { path: 'alerts', element: <AlertsPage /> },
      { path: 'slas', element: <SlasPage /> },
      { path: 'missing-reports', element: <MissingReportsPage /> },
      {
        path: 'slas/:engagement/:sla',
        element: (
          <ExportScopeOfPage params={['engagement', 'sla']} replace>
            <SlaDetailPage />
          </ExportScopeOfPage>
        ),
      },
      { path: 'bpo-savings', element: <BpoSavingsPage /> },
      { path: 'kpo-insights', element: <KpoInsightsPage /> },
      { path: 'spend', element: <SpendPage /> },
      { path: 'engagements', element: <EngagementsPage /> },
      {
        path: 'engagements/:code',
        element: (
          <ExportScopeOfPage params={['code']} replace>
            <EngagementDetailPage />
          </ExportScopeOfPage>
        ),
      },
      { path: 'vendors', element: <VendorsPage /> },
      {
        path: 'vendors/:name',
        element: (
          <ExportScopeOfPage params={['name']}>
            <VendorDetailPage />
          </ExportScopeOfPage>
        ),
      },
      { path: 'data-entry', element: <DataEntryPage /> },
      { path: 'data-entry/vendors', element: <VendorsEntryPage /> },
      { path: 'data-entry/fx-rates', element: <FxRatesEntryPage /> },
      { path: 'data-entry/engagements/new', element: <NewEngagementPage /> },
      { path: 'data-entry/engagements/:code', element: <EngagementEntryPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'history/:code', element: <HistoryPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
