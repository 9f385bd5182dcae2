// Bundle budget, checked by `npm run size` (size-limit with @size-limit/file) after `npm run build`.
//
// "First view" is what dist/index.html makes every screen fetch before any
// interaction: its module script, its modulepreloads (those in the template
// fetched after the first paint included, except the one timeline each kind
// of screen adds, marked data-screen) and its stylesheets.
// Chunks loaded later by dynamic import() are not counted, so moving code
// behind a lazy import is rewarded rather than hidden by a dist/assets/*.js glob.
// Sizes are gzip level 9, the same as `npm run bench` reports.
//
// Budgets (measured 2026-11 on the build `npm run bench` reported):
// - First-view JS: 94 KiB gzip, what a phone runs before its first drawing:
//   a tiny entry (src/app/boot.ts) and, preloaded beside it, React DOM and the
//   explorer's shell (the store, the filters, the overview strip).
//   It was 235–253 KiB in one chunk until issue 13 moved out what the first
//   drawing does not need: vis-timeline with its peers (the desktop timeline
//   chunk below), the phone's vertical timeline, the event panel and reader,
//   the list view (lazy-parts.ts); zod and the edtf package, loaded only for a
//   file that needs them (load-dataset-lazily.ts); the export formats.
//   The target is 170 KiB; the budget is 110 KiB, about 20% over
//   today, so features fit but a new dependency in the first view, or a lazy
//   part pulled back into it, fails the check and has to be argued for.
// - Desktop first view: the same plus the desktop timeline's chunk and its
//   imports (fetched alongside the data on a wide screen): 212 KiB, budget
//   235 KiB (~10%). vis-timeline and its peers are most of it.
// - CSS: 9.4 KiB gzip, one stylesheet for every part (vite.config.ts,
//   cssCodeSplit: false) since story mode, actor pages and the embed's compact
//   chrome came in (8.3 KiB before them); 10.3 KiB is about 10% over.
//   Languages (issue 22) brought it to 10.3 KiB: the language menu, its place in
//   the phone's filter strip, and logical properties so the layout can turn right
//   to left; the budget is 10.8 KiB.
// - Print stylesheet (issue 23): its own file, fetched at low priority and
//   never waited for on a screen, so not in the first view: 1.4 KiB, budget 2 KiB.
// - embed.js, the script articles include next to the embed's iframe: 1.2 KiB
//   when written (issue 10), budget 1.5 KiB.
// - The citation library (cite-library-*.js with what it imports that the first
//   view lacks), loaded only when a reader opens "Cite this event" (issue 20):
//   citeproc-js is most of it. 174 KiB when added, budget 200 KiB (~10%).
// - The picture of the view (view-image-*.js with canvg and what it imports),
//   loaded only when a reader asks for "Download image" (issue 23): canvg with
//   svg-pathdata and stackblur-canvas is most of it. 36 KiB when added, budget 40 KiB (~10%).
// When the app shrinks, lower the budgets to the new size + 10%.
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { basename, join } = require('node:path');

const DIST = join(__dirname, 'dist');

function firstView(kind) {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) throw new Error('dist/index.html is missing: run `npm run build` before `npm run size`.');
  const html = readFileSync(index, 'utf8');
  const files = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) || []) {
    const ref = /\b(?:src|href)="([^"]+)"/.exec(tag);
    if (!ref || /^https?:/.test(ref[1])) continue;
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    // The timeline for one kind of screen (data-screen="wide" or "narrow") is counted below, not here.
    const isPreload = /rel="modulepreload"/.test(tag) && !/data-screen=/.test(tag);
    // The print stylesheet (media="print") does not hold up a screen's first paint; it has a budget of its own.
    const isStyle = /rel="stylesheet"/.test(tag) && !/media="print"/.test(tag);
    if ((kind === 'js' && (isScript || isPreload)) || (kind === 'css' && isStyle)) {
      files.push(join(DIST, ref[1].replace(/^\.?\//, '')));
    }
  }
  if (files.length === 0) throw new Error(`dist/index.html loads no ${kind} on first view; check the parser in .size-limit.cjs.`);
  return files;
}

/**
 * A lazy chunk (named after its module: timeline-panel.tsx for the desktop
 * timeline, cite-library.ts for the citations) with the chunks it imports, as
 * Vite fetches them together; minus what the first view already has.
 */
function lazyChunk(pattern, where) {
  const assets = join(DIST, 'assets');
  const entry = readdirSync(assets).find((f) => pattern.test(f));
  if (!entry) throw new Error(`dist/assets has no ${pattern} chunk; check ${where} and .size-limit.cjs.`);
  const seen = new Set(firstView('js').map((f) => basename(f)));
  const files = [];
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    files.push(name);
    const code = readFileSync(join(assets, name), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) visit(match[1]);
  };
  visit(entry);
  return files.map((f) => join(assets, f));
}

/** The print stylesheet (src/features/print/print.css), which index.html links with media="print". */
function printStylesheet() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const ref = /<link rel="stylesheet" media="print" href="\/?([^"]+)"/.exec(html);
  if (!ref) throw new Error('dist/index.html links no print stylesheet; check index.html and .size-limit.cjs.');
  return [join(DIST, ref[1])];
}

module.exports = [
  { name: 'First-view JS (gzip)', path: firstView('js'), gzip: true, limit: '110 KiB' },
  { name: 'First-view CSS (gzip)', path: firstView('css'), gzip: true, limit: '10.8 KiB' },
  { name: 'Desktop first view JS: plus the timeline chunk (gzip)', path: [...firstView('js'), ...lazyChunk(/^timeline-panel-[\w-]+\.js$/, 'lazy-parts.ts')], gzip: true, limit: '235 KiB' },
  { name: 'Citation library, loaded on "Cite this event" (gzip)', path: lazyChunk(/^cite-library-[\w-]+\.js$/, 'cite-event.tsx'), gzip: true, limit: '200 KiB' },
  { name: 'Picture of the view, loaded on "Download image" (gzip)', path: lazyChunk(/^view-image-[\w-]+\.js$/, 'download-image.tsx'), gzip: true, limit: '40 KiB' },
  { name: 'Print stylesheet (gzip)', path: printStylesheet(), gzip: true, limit: '2 KiB' },
  { name: 'embed.js for host pages (gzip)', path: [join(DIST, 'embed.js')], gzip: true, limit: '1.5 KiB' },
];
