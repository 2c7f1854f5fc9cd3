import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './components/app-layout.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { EngagementsPage } from './features/engagements/engagements-page.tsx';

/** Routes compose features; a feature never imports another. */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/engagements" replace /> },
      { path: 'engagements', element: <EngagementsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
