/**
 * Where the site is published. One setting, `SITE_URL` (for example
 * `https://example.org/timeline/`), gives the origin for every absolute URL
 * (canonical, Open Graph, sitemap) and, through its path, Vite's `base`.
 */

export const PLACEHOLDER_SITE_URL = 'https://timeline.example/';

export interface SiteConfig {
  /** Absolute, ending in "/": where `dist/` is served. */
  siteUrl: string;
  /** The path part of `siteUrl`, ending in "/": Vite's `base`. */
  base: string;
  /** True when `SITE_URL` was not set and the placeholder stands in. */
  placeholder: boolean;
}

export function readSiteConfig(value: string | undefined = process.env.SITE_URL): SiteConfig {
  if (value === undefined || value.trim() === '') {
    return { siteUrl: PLACEHOLDER_SITE_URL, base: '/', placeholder: true };
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL "${value}" is not a URL. Set it to where the site is published, like https://example.org/timeline/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) URL, not "${url.protocol}"`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error('SITE_URL must be an origin and a path only, without query, fragment or credentials');
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { siteUrl: url.href, base: url.pathname, placeholder: false };
}

export const PLACEHOLDER_WARNING =
  `SITE_URL is not set: canonical links, Open Graph tags and the sitemap use the placeholder ${PLACEHOLDER_SITE_URL}. ` +
  'Set SITE_URL to the address the site is published at (see the README, "Deploying").';

/**
 * Who may put the embed (`<base>embed/`) in a frame: `EMBED_ANCESTORS`, a
 * space-separated list of CSP sources (`https://news.example https://*.example.org`),
 * or, unset, every site (`*`). Every other page refuses all frames either way.
 */
export function readEmbedAncestors(value: string | undefined = process.env.EMBED_ANCESTORS): string {
  if (value === undefined || value.trim() === '') return '*';
  const sources = value.trim().split(/\s+/);
  const bad = sources.filter((source) => !EMBED_SOURCE.test(source));
  if (bad.length > 0) {
    throw new Error(
      `EMBED_ANCESTORS has ${bad.map((s) => `"${s.slice(0, 60)}"`).join(', ')}, which is not a frame source. ` +
        "Give origins separated by spaces, like https://news.example https://*.example.org (or * for every site, 'self', 'none').",
    );
  }
  return sources.join(' ');
}

/** `*`, `'self'`, `'none'`, a scheme (`https:`), or a scheme and host with an optional `*.` and port: nothing that could end the header or the directive. */
const EMBED_SOURCE = /^(\*|'self'|'none'|https?:|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?\/?)$/i;
