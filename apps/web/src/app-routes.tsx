import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/app-layout.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { RedirectKeepingFilters } from './components/redirect.tsx';
import { AdminPage } from './features/admin/admin-page.tsx';
import { SignInPage } from './features/auth/sign-in-page.tsx';
import { UserMenu } from './features/auth/user-menu.tsx';

// Each dashboard page is its own chunk, loaded when first opened, so the charts stay out of the first download.
const page = <Name extends string>(load: () => Promise<Record<Name, React.ComponentType>>, name: Name) =>
  lazy(async () => ({ default: (await load())[name] }));
const OverviewPage = page(() => import('./features/overview/overview-page.tsx'), 'OverviewPage');
const SlasPage = page(() => import('./features/slas/slas-page.tsx'), 'SlasPage');
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

/** Routes compose features; a feature never imports another. */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <AppLayout userMenu={<UserMenu />} />,
    children: [
      { index: true, element: <RedirectKeepingFilters to="/overview" /> },
      { path: 'overview', element: <OverviewPage /> },
      { path: 'slas', element: <SlasPage /> },
      { path: 'slas/:engagement/:sla', element: <SlaDetailPage /> },
      { path: 'bpo-savings', element: <BpoSavingsPage /> },
      { path: 'kpo-insights', element: <KpoInsightsPage /> },
      { path: 'spend', element: <SpendPage /> },
      { path: 'engagements', element: <EngagementsPage /> },
      { path: 'engagements/:code', element: <EngagementDetailPage /> },
      { path: 'vendors', element: <VendorsPage /> },
      { path: 'vendors/:name', element: <VendorDetailPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
