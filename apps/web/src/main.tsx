import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createRouter } from './app-routes.tsx';
import { seedFromPage } from './lib/bootstrap.ts';
import { createQueryClient } from './lib/query-client.ts';
import { signInPath } from './lib/sign-in-path.ts';
import { createApiClient, TRPCProvider } from './lib/trpc.ts';
import './styles.css';

const queryClient = createQueryClient(() => {
  const { pathname, search } = router.state.location;
  if (pathname !== '/sign-in') void router.navigate(signInPath(pathname + search), { replace: true });
});
const apiClient = createApiClient();
seedFromPage(queryClient, apiClient);
const router = createRouter({
  trpc: createTRPCOptionsProxy({ client: apiClient, queryClient }),
  queryClient,
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={apiClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
