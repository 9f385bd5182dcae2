import { useAppStore, type AppState } from '../../store/app-store';
import { hrefFor, parseLocation, reconcileWithModel, type UrlState } from './url-codec';

/**
 * Mirrors the store in the address bar, from one subscriber (the selected
 * event is the path `/events/<id>/`, or an actor's page `/actors/<id>/`, the
 * rest of the view the query):
 * - a new selection, story step or page is a history entry (pushState), so
 *   Back and Forward step through selections, a story's steps and pages;
 * - filters, view and layout replace the current entry;
 * - panning and zooming replace it too, debounced, so a drag is not a hundred entries;
 * - popstate reads the URL back into the store.
 */

export function toUrlState(state: AppState): UrlState {
  return {
    event: state.actorPage ? null : state.selectedId,
    actor: state.actorPage,
    story: state.story && !state.actorPage ? { id: state.story.id, step: state.story.index + 1 } : null,
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

/** Where the app is served from: Vite's `base`, always ending in "/". */
const BASE = import.meta.env.BASE_URL;

/** Reads an address into the store; unknown or broken values fall back with a notice. */
export function applyUrl(location: Pick<Location, 'pathname' | 'search'>): void {
  const store = useAppStore.getState();
  if (!store.model) return;
  const { state, notices } = reconcileWithModel(parseLocation(location.pathname, location.search, BASE), store.model);
  useAppStore.setState({
    selectedId: state.event,
    story: state.story ? { id: state.story.id, index: state.story.step - 1 } : null,
    actorPage: state.actor,
    reader: null,
    filters: { actors: state.actors, tags: state.tags, from: state.from, to: state.to, query: state.query },
    mode: state.mode,
    layout: state.layout,
    window: state.window,
  });
  notices.forEach((text) => store.notify(text, 'warning'));
}

function urlFor(state: AppState): string {
  return `${hrefFor(toUrlState(state), BASE)}${window.location.hash}`;
}

function currentHref(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
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
      applyUrl(window.location);
    } finally {
      applying = false;
    }
  };

  // Normalise the address to what was understood, so a broken link is not
  // passed on and an older `?event=` link becomes the event's own path.
  window.history.replaceState(window.history.state, '', urlFor(useAppStore.getState()));

  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (applying) return;
    const href = urlFor(state);
    if (href === currentHref()) return;
    clearTimeout(windowTimer);
    const moved = state.selectedId !== previous.selectedId || state.story !== previous.story || state.actorPage !== previous.actorPage;
    if (moved) {
      window.history.pushState(null, '', href);
    } else if (state.window !== previous.window) {
      windowTimer = setTimeout(() => {
        window.history.replaceState(window.history.state, '', urlFor(useAppStore.getState()));
      }, 250);
    } else {
      window.history.replaceState(window.history.state, '', href);
    }
  });

  window.addEventListener('popstate', readLocation);
  return () => {
    clearTimeout(windowTimer);
    unsubscribe();
    window.removeEventListener('popstate', readLocation);
  };
}
