import { eventPageUrl, eventPagesBase } from '../domain/formats/citation';

/** Where event pages live under this site, the build's base path included: `<origin><base>events/<id>/`. */
export const eventUrl = (id: string): string => eventPageUrl(window.location.origin, import.meta.env.BASE_URL, id);

export const eventUrlBase = (): string => eventPagesBase(window.location.origin, import.meta.env.BASE_URL);

/**
 * Where the site is published, ending in "/": SITE_URL when the build was
 * given one, since embed code pasted into an article must outlive a preview
 * deploy or a local server; otherwise (a build with the placeholder) this
 * page's own origin and base, the one address known to serve this build.
 */
export function publishedSiteUrl(): string {
  const configured = typeof __SITE_URL__ === 'string' ? __SITE_URL__ : '';
  return configured || new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
