import { datasetLocale, showInterfaceIn } from '../../i18n/interface-language';
import { useAppStore, type AppState } from '../../store/app-store';
import { defaultWindow } from '../../store/default-window';
import { sameWindow } from '../../store/window-math';
import { checkEventId, embedHrefFor, hrefFor, parseLocation, reconcileWithModel, type UrlState } from './url-codec';

/**
 * Mirrors the store in the address bar, from one subscriber (the selected
 * event is the path `/events/<id>/`, or an actor's page `/actors/<id>/`, the
 * rest of the view the query):
 * - a new selection, story step or page is a history entry (pushState), so
 *   Back and Forward step through selections, a story's steps and pages;
 * - filters, view and layout replace the current entry;
 * - panning and zooming replace it too, debounced, so a drag is not a hundred entries;
 * - popstate reads the URL back into the store.
 * The embed (`/embed/?event=<id>&…`) mirrors the same way but only ever
 * replaces: inside another site's article, Back belongs to the article, not to
 * the reader's clicks in the frame.
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
    newSince: state.filters.newSince,
    mode: state.mode,
    layout: state.layout,
    // The period only when it is not the one this address opens on anyway: a link stays short, and still reproduces the view.
    // The language only when the reader chose another than the dataset's: a Spanish timeline's links stay plain.
    lang: state.chosenLocale && state.chosenLocale !== datasetLocale(state.model?.lang) ? state.chosenLocale : null,
    window: state.actorPage || chosenForThisView(state) || sameWindow(state.window, defaultWindow(state)) ? null : state.window,
  };
}

/** The app chose the window for exactly this selection and these filters, so opening the address chooses it again. */
const chosenForThisView = (state: AppState): boolean =>
  state.windowChosenFor !== null && state.windowChosenFor.selectedId === state.selectedId && state.windowChosenFor.filters === state.filters;

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
    filters: { actors: state.actors, tags: state.tags, from: state.from, to: state.to, query: state.query, newSince: state.newSince },
    mode: state.mode,
    layout: state.layout,
    window: state.window,
    windowChosenFor: null,
  });
  notices.forEach((text) => store.notify(text, 'warning'));
  if (state.lang && state.lang !== store.locale) void showInterfaceIn(state.lang, { chosen: true });
}

/** The address of the current view on the full site (the event as its path). */
export const pageHref = (state: AppState): string => hrefFor(toUrlState(state), BASE);

/** The address of the current view as an embed (`<base>embed/?event=<id>&…`). */
export const embedHref = (state: AppState): string => embedHrefFor(toUrlState(state), BASE);

/**
 * The page embedding this one named an event in its hash (or none): checked
 * as a slug and against the dataset like a link's, with the same notice for a
 * bad one, which changes nothing else.
 */
export function showLinkedEvent(text: string | null): void {
  const store = useAppStore.getState();
  if (!store.model) return;
  if (text === null) return store.select(null);
  const checked = checkEventId(text, store.model);
  if (checked.notice === null) store.select(checked.id);
  else store.notify(checked.notice, 'warning');
}

function currentHref(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/**
 * Starts mirroring; returns a function that stops it. Call once the dataset is
 * loaded and `applyUrl` has read the address into the store.
 */
export function startUrlSync({ embedded = false }: { embedded?: boolean } = {}): () => void {
  const urlFor = (state: AppState) => `${embedded ? embedHref(state) : pageHref(state)}${window.location.hash}`;
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
    // A window change still waiting to be written belongs to the entry being left: written there
    // before a new entry is pushed, so Back returns to the period the reader had.
    const pending = windowTimer !== undefined;
    clearTimeout(windowTimer);
    windowTimer = undefined;
    // In an embed the frame's history is the article's: a selection replaces the entry instead.
    const moved = state.selectedId !== previous.selectedId || state.story !== previous.story || state.actorPage !== previous.actorPage;
    if (moved && !embedded) {
      if (pending) window.history.replaceState(window.history.state, '', urlFor(previous));
      window.history.pushState(null, '', href);
    } else if (state.window !== previous.window) {
      windowTimer = setTimeout(() => {
        windowTimer = undefined;
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
