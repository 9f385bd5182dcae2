// Bundle budget, checked by `npm run size` (size-limit with @size-limit/file) after `npm run build`.
//
// "First view" is what dist/index.html makes the browser fetch before any
// interaction: its module script, its modulepreloads and its stylesheets.
// Chunks loaded later by dynamic import() are not counted, so moving code
// behind a lazy import is rewarded rather than hidden by a dist/assets/*.js glob.
// Sizes are gzip level 9, the same as `npm run bench` reports.
//
// Budgets (measured 2026-11 on the build `npm run bench` reported):
// - JS: 240 KiB gzip today (273 KiB before vis-timeline's standalone build,
//   with its own core-js polyfills and a second copy of its peers, gave way
//   to its esnext build). By source size it is about half vis-timeline with
//   its peers (moment, vis-util, vis-data, hammer.js, xss), a quarter React
//   DOM, a tenth zod, the rest edtf, the app and date-fns.
//   265 KiB leaves about 10% headroom: room for features, but a new dependency
//   of any size (a second date library, a UI kit, a markdown parser) or an
//   accidental second copy of vis-timeline fails the check and has to be
//   argued for, or loaded lazily.
// - CSS: 6.2 KiB gzip (vis-timeline's stylesheet plus the app's), 7 KiB the
//   same ~10%; then 7.5 KiB with the phone layout and the overview strip
//   (issue 11: about 1.4 KiB of their own), so 8.2 KiB; then 8.5 KiB with
//   the embed's layout (issue 10: its page shares this stylesheet, so its
//   first paint needs it; the Embed dialog's CSS loads with the dialog), so
//   9.3 KiB.
// When the app shrinks, lower the budgets to the new size + 10%.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

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
    const isPreload = /rel="modulepreload"/.test(tag);
    const isStyle = /rel="stylesheet"/.test(tag);
    if ((kind === 'js' && (isScript || isPreload)) || (kind === 'css' && isStyle)) {
      files.push(join(DIST, ref[1].replace(/^\.?\//, '')));
    }
  }
  if (files.length === 0) throw new Error(`dist/index.html loads no ${kind} on first view; check the parser in .size-limit.cjs.`);
  return files;
}

module.exports = [
  { name: 'First-view JS (gzip)', path: firstView('js'), gzip: true, limit: '265 KiB' },
  { name: 'First-view CSS (gzip)', path: firstView('css'), gzip: true, limit: '9.3 KiB' },
  // The script articles include next to the embed's iframe: 1.2 KiB when written (issue 10).
  { name: 'embed.js for host pages (gzip)', path: [join(DIST, 'embed.js')], gzip: true, limit: '1.5 KiB' },
];
