import { useCallback, useSyncExternalStore } from 'react';
import { NARROW_SCREEN } from './breakpoints';

/**
 * Whether a media query matches, read synchronously on the first render so the
 * first paint already has the right layout (no desktop flash on a phone).
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false);
}


export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW_SCREEN);
}
