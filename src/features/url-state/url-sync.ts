import { useAppStore, type AppState } from '../../store/app-store';
import { parseUrl, reconcileWithModel, serializeUrl, type UrlState } from './url-codec';

/**
 * Mirrors the store in the address bar, from one subscriber:
 * - a new selection is a history entry (pushState), so Back and Forward step through selections;
 * - filters, view and layout replace the current entry;
 * - panning and zooming replace it too, debounced, so a drag is not a hundred entries;
 * - popstate reads the URL back into the store.
 */

export function toUrlState(state: AppState): UrlState {
  return {
    event: state.selectedId,
    actors: [...state.filters.actors],
    tags: [...state.filters.tags],
    from: state.filters.from,
    to: state.filters.to,
    query: state.filters.query,
    mode: state.mode,
    layout: state.layout,
    window: state.window,
  };
}

/** Reads a URL into the store; unknown or broken values fall back with a notice. */
export function applyUrl(search: string): void {
  const store = useAppStore.getState();
  if (!store.model) return;
  const { state, notices } = reconcileWithModel(parseUrl(search), store.model);
  useAppStore.setState({
    selectedId: state.event,
    reader: null,
    filters: { actors: state.actors, tags: state.tags, from: state.from, to: state.to, query: state.query },
    mode: state.mode,
    layout: state.layout,
    window: state.window,
  });
  notices.forEach((text) => store.notify(text, 'warning'));
}

function urlFor(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/**
 * Starts mirroring; returns a function that stops it. Call once the dataset is
 * loaded and `applyUrl` has read the address into the store.
 */
export function startUrlSync(): () => void {
  let applying = false;
  let windowTimer: ReturnType<typeof setTimeout> | undefined;

  const readLocation = () => {
    applying = true;
    try {
      applyUrl(window.location.search);
    } finally {
      applying = false;
    }
  };

  // Normalise the address to what was understood, so a broken link is not passed on.
  window.history.replaceState(window.history.state, '', urlFor(serializeUrl(toUrlState(useAppStore.getState()))));

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (applying) return;
    const search = serializeUrl(toUrlState(state));
    if (search === window.location.search) return;
    clearTimeout(windowTimer);
    if (state.selectedId !== previous.selectedId) {
      window.history.pushState(null, '', urlFor(search));
    } else if (state.window !== previous.window) {
      windowTimer = setTimeout(() => {
        window.history.replaceState(window.history.state, '', urlFor(serializeUrl(toUrlState(useAppStore.getState()))));
      }, 250);
    } else {
      window.history.replaceState(window.history.state, '', urlFor(search));
    }
  });

  window.addEventListener('popstate', readLocation);
  return () => {
    clearTimeout(windowTimer);
    unsubscribe();
    window.removeEventListener('popstate', readLocation);
  };
}
