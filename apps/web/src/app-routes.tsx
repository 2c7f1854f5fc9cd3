import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './components/app-layout.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { AdminPage } from './features/admin/admin-page.tsx';
import { SignInPage } from './features/auth/sign-in-page.tsx';
import { UserMenu } from './features/auth/user-menu.tsx';
import { EngagementsPage } from './features/engagements/engagements-page.tsx';

/** Routes compose features; a feature never imports another. */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <AppLayout userMenu={<UserMenu />} />,
    children: [
      { index: true, element: <Navigate to="/engagements" replace /> },
      { path: 'engagements', element: <EngagementsPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
