import type { SiteLanguage } from '../site/site-language';
import { escapeHtml, jsonForScript } from './escape';

/** What a page's head says about it; one pure value per page, rendered by `renderHead`. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  canonical: string;
  ogType: 'website' | 'article' | 'profile';
  siteName: string;
  image: { url: string; width: number; height: number; alt: string };
  jsonLd: unknown;
  /** The feeds and the calendar, as `<link rel="alternate">` (issue 23): every page names them. */
  alternates: readonly { href: string; type: string; title: string }[];
  /** Pages that must not be indexed (the not-found page). */
  noindex?: boolean;
  /** The dataset's language, the only one the site's pages are written in (issue 22). */
  language: Pick<SiteLanguage, 'tag' | 'ogLocale'>;
}

/** Meta descriptions and card texts are cut where readers and crawlers cut them anyway. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const word = cut.replace(/\s+\S*$/, '');
  return `${(word.length > max * 0.6 ? word : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function renderHead(meta: PageMeta): string {
  const tag = (attr: 'name' | 'property', key: string, content: string | number) =>
    `<meta ${attr}="${key}" content="${escapeHtml(String(content))}" />`;
  const lines = [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag('name', 'description', meta.description),
    `<link rel="canonical" href="${escapeHtml(meta.canonical)}" />`,
    // One language per site: the page is its own alternate, and the default for every other language.
    // A page not to be indexed (its canonical is another page's) claims no alternates.
    ...(meta.noindex ? [] : [meta.language.tag, 'x-default'].map((lang) => `<link rel="alternate" hreflang="${escapeHtml(lang)}" href="${escapeHtml(meta.canonical)}" />`)),
    ...meta.alternates.map((a) => `<link rel="alternate" type="${escapeHtml(a.type)}" href="${escapeHtml(a.href)}" title="${escapeHtml(a.title)}" />`),
    ...(meta.noindex ? [tag('name', 'robots', 'noindex')] : []),
    tag('property', 'og:type', meta.ogType),
    tag('property', 'og:locale', meta.language.ogLocale),
    tag('property', 'og:site_name', meta.siteName),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', meta.canonical),
    tag('property', 'og:image', meta.image.url),
    tag('property', 'og:image:type', 'image/png'),
    tag('property', 'og:image:width', meta.image.width),
    tag('property', 'og:image:height', meta.image.height),
    tag('property', 'og:image:alt', meta.image.alt),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    tag('name', 'twitter:image', meta.image.url),
    tag('name', 'twitter:image:alt', meta.image.alt),
    `<script type="application/ld+json">${jsonForScript(meta.jsonLd)}</script>`,
  ];
  return lines.map((line) => `    ${line}`).join('\n');
}
