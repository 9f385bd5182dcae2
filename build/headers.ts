/**
 * The HTTP headers production sends, written once: the build writes them to
 * `dist/_headers` (the format Netlify and Cloudflare Pages read) and
 * `vite preview` serves `dist/` with the same file.
 */

/**
 * The Content-Security-Policy of the built app: only its own scripts, styles,
 * data and fonts; no inline script or style element, no plugin, no third-party
 * origin. (Setting `element.style` from script, as React and vis-timeline do,
 * is not inline style and stays allowed; a JSON-LD block is data, never run.)
 * `frame-ancestors` only works as a header, so the meta tag leaves it out.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface HeaderRule {
  /** A path, or a prefix ending in `*`. */
  path: string;
  headers: Record<string, string>;
}

const policy = (frameAncestors: string) => ({ 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors ${frameAncestors}` });

/**
 * The rules of the headers file. Hosts apply every rule whose path matches and
 * join two values of one header with a comma (Cloudflare Pages documents it),
 * which for Content-Security-Policy means two policies, both enforced: a
 * catch-all `frame-ancestors 'none'` would still forbid framing the embed. So
 * the policy is set per kind of page, and no two of these paths overlap: the
 * pages the build writes refuse every frame, the embed (`<base>embed/`) accepts
 * `embedAncestors`. A path with no page gets 404.html without a policy header
 * (its meta tag still governs scripts); it has nothing to click.
 */
export function headerRules(base: string, embedAncestors = '*'): HeaderRule[] {
  const refuseFrames = policy("'none'");
  return [
    { path: `${base}*`, headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' } },
    { path: base, headers: refuseFrames },
    { path: `${base}index.html`, headers: refuseFrames },
    { path: `${base}events/*`, headers: refuseFrames },
    { path: `${base}actors/*`, headers: refuseFrames },
    { path: `${base}about/*`, headers: refuseFrames },
    { path: `${base}corrections/*`, headers: refuseFrames },
    { path: `${base}404.html`, headers: refuseFrames },
    { path: `${base}embed`, headers: policy(embedAncestors) },
    { path: `${base}embed/*`, headers: policy(embedAncestors) },
    // File names under assets/ carry a content hash, so they never change.
    { path: `${base}assets/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  ];
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
