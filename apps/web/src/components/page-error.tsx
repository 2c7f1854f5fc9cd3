import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { PageCodeMissing, reloadForMissingCode } from '../lib/new-build.ts';

/**
 * What a page that failed shows in its place, the navigation kept: what happened in words and a way out, never a
 * stack trace. Code that could not be loaded first has the tab load the page again (lib/new-build.ts): shown here,
 * the address is already the page's.
 */
export function PageError() {
  const error = useRouteError();
  const missing = error instanceof PageCodeMissing;
  useEffect(() => {
    if (missing) reloadForMissingCode();
  }, [missing]);
  return (
    <section role="alert">
      <h1>This page could not be shown</h1>
      <p>
        {missing
          ? 'Its code could not be loaded: the connection may have dropped, or the dashboard was updated since this tab was opened.'
          : 'Something went wrong while showing it. What was saved is kept.'}{' '}
        Reloading usually brings it back.
      </p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </section>
  );
}
