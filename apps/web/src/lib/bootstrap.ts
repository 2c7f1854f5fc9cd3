import type { AppRouter } from '@portfolio/api';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { RouterOutputs } from './trpc.ts';

/** The meta tag the server puts the signed-in visitor's first answers in (apps/api/src/http/app-page.ts). */
const BOOTSTRAP_META = 'portfolio-bootstrap';

type Bootstrap = { me: RouterOutputs['auth']['me']; info: RouterOutputs['meta']['info'] };

/**
 * Seeds the query cache with what the page carries, so the pages' figures are asked for at once instead of after
 * a round trip for "who am I" and "what is today". Without the tag (signed out, the dev server) nothing changes.
 */
export function seedFromPage(queryClient: QueryClient, client: TRPCClient<AppRouter>): void {
  const content = document.querySelector(`meta[name="${BOOTSTRAP_META}"]`)?.getAttribute('content');
  if (!content) return;
  let bootstrap: Bootstrap;
  try {
    bootstrap = JSON.parse(content) as Bootstrap;
  } catch {
    return;
  }
  const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
  queryClient.setQueryData(trpc.auth.me.queryKey(), bootstrap.me);
  queryClient.setQueryData(trpc.meta.info.queryKey(), bootstrap.info);
}
