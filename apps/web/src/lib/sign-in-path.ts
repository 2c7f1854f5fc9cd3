/** The sign-in page's address, remembering where to come back to. */
export function signInPath(returnTo: string): string {
  return returnTo === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(returnTo)}`;
}

/** Where to go after signing in: the remembered page when it is one of ours (a path, never another site). */
export function returnPath(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}
