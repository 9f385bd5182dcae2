import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { loadInitialDataset } from '../features/dataset/load-initial';
import { startHostLink } from '../features/embed/host-link';
import { applyUrl, showLinkedEvent } from '../features/url-state/url-sync';
import { recordVisit, todayIso } from '../features/new-since/last-visit';
import { registerServiceWorker } from '../features/offline/register-service-worker';
import { applyDocumentLanguage, datasetLocale, followDatasetLanguage, rememberedLanguage, safeStorage, showInterfaceIn } from '../i18n/interface-language';
import { matchCatalogLocale } from '../i18n/locales';
import { isEmbedPath } from '../lib/event-path';
import { keepFocusAcrossSwap } from '../lib/keep-focus';
import { useAppStore } from '../store/app-store';
import { readingDirection } from '../store/reading-direction';
import { AfterSwap } from './after-swap';
import { App } from './app';
import { EmbedApp } from './embed-app';
import { ErrorBoundary } from './error-boundary';
import { fetchFirstViewParts, prefetchOtherParts, startFirstViewParts } from './lazy-parts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The embed (`<base>embed/`) is the same app with compact chrome, for other sites' iframes.
const embedded = isEmbedPath(window.location.pathname, import.meta.env.BASE_URL);
if (embedded) document.documentElement.classList.add('embed');
// Listening starts before the data loads, so the host page's first hello is not missed.
const hostLink = embedded ? startHostLink({ content: container, onShow: showLinkedEvent }) : null;

// The interface's language before the first render (issue 22): the address's, the one this reader chose
// before (not in the embed, another site's page), or the page's own: the build writes the dataset's in <html lang>.
const askedLanguage =
  matchCatalogLocale(new URLSearchParams(window.location.search).get('lang')) ?? (embedded ? null : rememberedLanguage(safeStorage()));
useAppStore.setState({ pageLang: document.documentElement.lang || null });
const firstLanguage = showInterfaceIn(askedLanguage ?? datasetLocale(document.documentElement.lang), { chosen: askedLanguage !== null });
useAppStore.subscribe((state, previous) => {
  const dir = readingDirection(state);
  if (state.locale !== previous.locale || dir !== readingDirection(previous)) applyDocumentLanguage(state.locale, dir);
});
// Once, when the first catalog is in: an interface in the language the page was built in changes no state, yet
// `<html lang>` must then name the interface's (English around a Hebrew dataset), its texts keeping their own.
void firstLanguage.then(() => {
  const state = useAppStore.getState();
  applyDocumentLanguage(state.locale, readingDirection(state));
});

// "New since your last visit" (issue 23): the embed is another site's page, so it neither reads nor counts visits.
if (!embedded) useAppStore.setState({ lastVisit: safely(() => recordVisit(window.localStorage, todayIso())) });

// The offline copy (issue 24) is the site's own: the embed is left to the network.
if (!embedded) registerServiceWorker(import.meta.env.BASE_URL);

const root = createRoot(container);
const prerendered = container.childElementCount > 0;
// Focus a keyboard reader has on the static page carries over to the explorer (keep-focus.ts).
const restoreFocus = prerendered ? keepFocusAcrossSwap(container, import.meta.env.BASE_URL) : () => {};

// As a transition, React renders the explorer in slices and yields to the
// browser between them, instead of holding the main thread for the whole tree;
// the static page stays on screen until the commit.
const render = () =>
  startTransition(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>{embedded ? <EmbedApp /> : <App />}</ErrorBoundary>
        <AfterSwap run={restoreFocus} />
      </StrictMode>,
    ),
  );

// A built page already shows its events as static HTML. Keep it on screen until
// the data is loaded, the address read and the code for that view is in (it
// is fetched alongside the data, see lazy-parts.ts), then swap it for the
// explorer in one commit, already on the linked view: no loading flash, no
// layout jump. A page with nothing in it (the dev server) shows the loading
// state at once.
if (!prerendered) render();
startFirstViewParts();
let loaded: Awaited<ReturnType<typeof loadInitialDataset>> = { ok: false };
void loadInitialDataset()
  .then((result) => {
    loaded = result;
  })
  // The dataset's own language, unless the reader chose one, is in before the explorer first renders,
  // and before the address is read: a notice about a broken link is written in that language.
  .then(() => Promise.all([firstLanguage, followDatasetLanguage(useAppStore.getState().model?.lang)]))
  .then(() => {
    if (!loaded.ok) return;
    applyUrl(window.location);
    // An event the embedding page's address names wins over the embed's own.
    hostLink?.ready();
  })
  .then(() => fetchFirstViewParts(useAppStore.getState()))
  .finally(() => {
    render();
    // A timeline drawn from its index: the data file's texts come once the first view is on screen.
    if (loaded.follow) whenIdle(loaded.follow);
    prefetchOtherParts();
  });

function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1_000 });
  else setTimeout(work, 100);
}

/** localStorage itself can throw where storage is blocked; then this is a first visit. */
function safely(read: () => string | null): string | null {
  try {
    return read();
  } catch {
    return null;
  }
}
