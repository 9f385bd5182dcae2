import { FEED_TYPES } from './feeds/feed-files.ts';

/**
 * The HTTP headers production sends, written once: the build writes them to
 * `dist/_headers` (the format Netlify and Cloudflare Pages read) and
 * `vite preview` serves `dist/` with the same file.
 */

/**
 * The Content-Security-Policy of the built app: only its own scripts, styles,
 * data and images; no inline script or style element, no eval, no plugin, no
 * font file (the app uses the reader's system fonts), no third-party origin.
 * (Setting `element.style` from script, as React and vis-timeline do, is not
 * inline style and stays allowed; a JSON-LD block is data, never run.)
 * `frame-ancestors` only works as a header, so it is a policy of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface HeaderRule {
  /** A path, or a prefix ending in `*`. */
  path: string;
  headers: Record<string, string>;
}

const frames = (frameAncestors: string) => ({ 'Content-Security-Policy': `frame-ancestors ${frameAncestors}` });

/**
 * The rules of the headers file. Hosts apply every rule whose path matches and
 * join two values of one header with a comma (Cloudflare Pages documents it),
 * which for Content-Security-Policy means two policies, both enforced. So
 * (issue 21):
 * - every response, whatever its path, gets the policy above: 404.html, the
 *   worker in assets/ (which is governed by its own response's policy, not
 *   the page's), images, data;
 * - every response also gets `X-Frame-Options: DENY`, so a path with no page
 *   of its own cannot be framed either;
 * - the pages the build writes add a second policy, `frame-ancestors 'none'`,
 *   and the embed (`<base>embed/`) one with `embedAncestors`. Browsers ignore
 *   X-Frame-Options where a policy has frame-ancestors, which is what lets the
 *   embed be framed. These frame rules never overlap one another.
 */
export function headerRules(base: string, embedAncestors = '*'): HeaderRule[] {
  const refuseFrames = frames("'none'");
  return [
    {
      path: `${base}*`,
      headers: {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    { path: base, headers: refuseFrames },
    { path: `${base}index.html`, headers: refuseFrames },
    { path: `${base}events/*`, headers: refuseFrames },
    { path: `${base}actors/*`, headers: refuseFrames },
    { path: `${base}about/*`, headers: refuseFrames },
    { path: `${base}corrections/*`, headers: refuseFrames },
    { path: `${base}404.html`, headers: refuseFrames },
    { path: `${base}embed`, headers: frames(embedAncestors) },
    { path: `${base}embed/*`, headers: frames(embedAncestors) },
    // The feeds and the calendar (issue 23) with their own types, which not every host knows by extension.
    ...Object.entries(FEED_TYPES).map(([file, type]) => ({ path: `${base}${file}`, headers: { 'Content-Type': type } })),
    // The service worker is checked on every load, so a new deploy's worker is found at once (issue 24).
    { path: `${base}sw.js`, headers: { 'Cache-Control': 'no-cache' } },
    { path: `${base}manifest.webmanifest`, headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
    // File names under assets/ carry a content hash, so they never change.
    { path: `${base}assets/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  ];
}

/** The frame-ancestors value a path is served with, or null when only X-Frame-Options: DENY governs it. */
export function frameAncestorsOf(headers: Record<string, string>): string | null {
  return /(?:^|[,;]\s*)frame-ancestors ([^;,]*)/.exec(headers['Content-Security-Policy'] ?? '')?.[1]?.trim() ?? null;
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const rule = rules.at(-1);
      const colon = line.indexOf(':');
      if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers for one path, as static hosts compute them: every matching rule
 * applies, and a header two rules set gets both values joined by a comma.
 */
export function headersFor(pathname: string, rules: readonly HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
    if (!matches) continue;
    for (const [name, value] of Object.entries(rule.headers)) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
