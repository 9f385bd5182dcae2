import { BACKGROUND_FETCHES } from '../lib/background-fetches';
import { NARROW_SCREEN } from '../lib/breakpoints';
import { bufferEarlyMessages } from '../lib/early-messages';
import { startEarlyData } from '../lib/early-data';
import { isEmbedPath } from '../lib/event-path';
import './styles.css';

/**
 * The page's entry, kept tiny so the static HTML the build wrote is on screen
 * before any of the app's code runs: on a slow phone, evaluating React and the
 * explorer first would hold back the first paint by a few hundred
 * milliseconds. The explorer's code and the data download in the background
 * from the start (fetchAppInBackground), and the explorer starts once the
 * browser reports the first contentful paint. A page with nothing to paint
 * (the dev server's) or a tab opened in the background starts at once; a paint
 * that is never reported does not hold the app back for long.
 */
// In the embed, what the article says before the explorer starts is kept for it (see early-messages.ts).
if (isEmbedPath(window.location.pathname, import.meta.env.BASE_URL)) bufferEarlyMessages();

/**
 * The explorer's code, the timeline this screen draws and the data, listed by
 * the build in an inert template (build/preload-app-chunk.ts), start
 * downloading now, at low priority: the browser lets the page's own HTML and
 * stylesheet go first, and they are in by the time the first paint starts the
 * explorer.
 */
function fetchAppInBackground() {
  const later = document.getElementById(BACKGROUND_FETCHES);
  if (!(later instanceof HTMLTemplateElement)) return;
  // The timeline for the other kind of screen stays out (see lazy-parts.ts).
  const screen = window.matchMedia(NARROW_SCREEN).matches ? 'narrow' : 'wide';
  later.content.querySelectorAll(`[data-screen]:not([data-screen="${screen}"])`).forEach((link) => link.remove());
  document.head.append(later.content);
  later.remove();
}
fetchAppInBackground();
// The timeline's index (and, for a small timeline, its data file) from now on: see early-data.ts.
startEarlyData();

let started = false;
const start = () => {
  if (started) return;
  started = true;
  // React DOM first, then the explorer, each evaluated in a task of its own:
  // two shorter stretches of work instead of one long one the page cannot answer input in.
  void import('react-dom/client')
    .then(() => new Promise((resolve) => setTimeout(resolve)))
    .then(() => import('./main'));
};

const root = document.getElementById('root');
if (!root?.childElementCount || document.visibilityState === 'hidden' || !('PerformanceObserver' in window)) start();
else {
  new PerformanceObserver((list, observer) => {
    if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) {
      observer.disconnect();
      start();
    }
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 1_000);
}
