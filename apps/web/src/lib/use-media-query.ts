import { useSyncExternalStore } from 'react';

/** Below this width the navigation is a drawer and the filters a sheet (phones, narrow windows). */
export const NARROW = '(max-width: 767.98px)';

/** Whether a media query matches now, following it as the window changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Whether the screen is narrow (see NARROW). */
export const useNarrow = () => useMediaQuery(NARROW);
