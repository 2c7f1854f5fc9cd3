/** What other workspace packages may import from the API: the router's type (the web app's contract). */
export type { AppRouter } from './routers/app-router.ts';
