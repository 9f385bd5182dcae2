import { generateSW } from 'workbox-build';

/** The service worker's file, at the root of the site so its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What goes in the precache, relative to dist/: the app shell, its code, the data (with the article texts the reader shows), its index and the icons. */
const PRECACHE = ['index.html', 'assets/**/*.{js,css}', 'data/timeline.json', 'data/timeline.index.json', 'favicon.svg', 'icons/*.png', 'manifest.webmanifest'];

/**
 * The precached copy of the data is kept under a key the app never asks for,
 * so the precache (cache first) never answers the app's own request: that goes
 * network first (below) and falls back to this copy offline. Otherwise a new
 * deploy's page would get the old data until its worker took over.
 */
export const OFFLINE_DATA = 'data/timeline.json?offline';
const OFFLINE_INDEX = 'data/timeline.index.json?offline';
const OFFLINE_KEYS: Record<string, string> = { 'data/timeline.json': OFFLINE_DATA, 'data/timeline.index.json': OFFLINE_INDEX };

/**
 * The citation library (issue 20) is left out of the precache: it is some
 * 175 KiB gzip that only a reader who opens "Cite this event" needs, and the
 * precache would fetch it for every visitor. Once fetched it is kept (its
 * name carries its hash), so citing works offline after the first time.
 */
const ON_DEMAND = ['assets/cite-library-*.js'];

/**
 * Writes sw.js (Workbox, runtime inlined so it is one file) after the
 * prerender, when every page and file it lists exists. Why these strategies
 * (issue 24):
 * - every page is fetched network first, so a new deploy is what a reader
 *   online sees on the next load; a page seen before comes from the cache
 *   offline, and one never seen falls back to the app shell, which reads the
 *   event or actor from the address as the explorer always does. The event and
 *   actor pages are a runtime cache, not precached: there are hundreds of them;
 * - `directoryIndex: null` keeps the precached index.html from answering "/"
 *   cache first;
 * - the embed's pages are left to the network: they live in other sites' frames;
 * - a new worker waits until the reader asks for it (the page's "reload"
 *   button sends SKIP_WAITING), so nothing is swapped under them.
 */
export async function writeServiceWorker(out: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: out,
    globPatterns: PRECACHE,
    globIgnores: ON_DEMAND,
    swDest: `${out}/${SERVICE_WORKER_FILE}`,
    manifestTransforms: [
      async (entries) => ({ manifest: entries.map((entry) => (OFFLINE_KEYS[entry.url] ? { ...entry, url: OFFLINE_KEYS[entry.url]! } : entry)), warnings: [] }),
    ],
    directoryIndex: null,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    // File names under assets/ carry their content hash, so their URL is their revision.
    dontCacheBustURLsMatching: /\/assets\//,
    runtimeCaching: [
      {
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !/\/embed(?:\/|$)/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'pages',
          expiration: { maxEntries: 200 },
          cacheableResponse: { statuses: [200] },
          precacheFallback: { fallbackURL: 'index.html' },
        },
      },
      {
        urlPattern: /\/assets\/cite-library-[\w-]+\.js$/,
        handler: 'CacheFirst',
        options: { cacheName: 'on-demand', expiration: { maxEntries: 4 }, cacheableResponse: { statuses: [200] } },
      },
      {
        urlPattern: /\/data\/timeline\.json$/,
        handler: 'NetworkFirst',
        options: { cacheName: 'data', cacheableResponse: { statuses: [200] }, precacheFallback: { fallbackURL: OFFLINE_DATA } },
      },
      {
        urlPattern: /\/data\/timeline\.index\.json$/,
        handler: 'NetworkFirst',
        options: { cacheName: 'data', cacheableResponse: { statuses: [200] }, precacheFallback: { fallbackURL: OFFLINE_INDEX } },
      },
    ],
  });
  warnings.forEach((warning) => console.warn(`⚠ service worker: ${warning}`));
  return { count, size };
}
