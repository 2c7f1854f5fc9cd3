// Apart from saved-views.ts, which builds zod schemas when loaded: the web app's shell links views without them.

/** The address a view opens: its page with its filters. */
export function savedViewHref(view: { path: string; search: string }): string {
  return `${view.path}${view.search}`;
}
