const RELOADED_AT = 'portfolio-reloaded-for-code';

/** A page's code the browser could not fetch or run (its chunk, or one the chunk imports). */
export class PageCodeMissing extends Error {}

/** Loads a page's code; a failure is a PageCodeMissing (see reloadForMissingCode). */
export async function loadPageCode<Module>(load: () => Promise<Module>): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    throw new PageCodeMissing(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Code that cannot be loaded is most often an older build's: the server serves one build, and a newer one may have
 * replaced the build this tab was opened on. The tab then loads the page again, at most once a minute, so that a
 * server really missing a file shows the error rather than reloading without end. True when it reloads.
 */
export function reloadForMissingCode(): boolean {
  try {
    const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last < 60_000) return false;
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  } catch {
    // Storage refused (a browser's privacy setting): without a way to count reloads, none; the page says what failed.
    return false;
  }
  window.location.reload();
  return true;
}
