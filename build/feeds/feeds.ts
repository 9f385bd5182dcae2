import { Feed } from 'feed';
import type { TimelineModel } from '../../src/domain/load-dataset';
import { i18n } from '../../src/i18n/i18n';
import { pathFor } from '../../src/lib/event-path';
import { escapeHtml } from '../html/escape';
import { languageTag } from '../site/language-tag';
import type { SiteConfig } from '../site-config';
import { changeLog, type Change } from './change-log';
import { FEED_FILES } from './feed-files';

/** The `<link rel="alternate">`s every page's head carries, so a feed reader finds the feeds from any page. */
export function feedLinks(absolute: (path: string) => string, base: string): { href: string; type: string; title: string }[] {
  return [
    { href: absolute(`${base}${FEED_FILES.atom}`), type: 'application/atom+xml', title: i18n._('Added and revised events ({format})', { format: 'Atom' }) },
    { href: absolute(`${base}${FEED_FILES.json}`), type: 'application/feed+json', title: i18n._('Added and revised events ({format})', { format: 'JSON Feed' }) },
    { href: absolute(`${base}${FEED_FILES.calendar}`), type: 'text/calendar', title: i18n._('The timeline as a calendar') },
  ];
}

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

function describe(change: Change): { title: string; text: string } {
  const { event } = change;
  if (change.kind === 'added') return { title: i18n._('Added: {title}', { title: event.title }), text: event.summary };
  const said = change.corrections.length ? change.corrections.join('\n\n') : i18n._('This entry was revised.');
  return { title: i18n._('Revised: {title}', { title: event.title }), text: `${said}\n\n${event.summary}` };
}

/**
 * The `feed` library, not templates, writes both formats (issue 23). It puts
 * titles and summaries in Atom as HTML, so each goes in escaped by the one
 * helper: the reader's app then shows our text as text, never as markup.
 * The feeds' own words ("Added: …") are the interface's, in the active locale;
 * their language is the dataset's (issue 22).
 */
function buildFeed(model: TimelineModel, site: SiteConfig, changes: readonly Change[]): Feed {
  const absolute = (path: string) => new URL(path.slice(site.base.length), site.siteUrl).href;
  const updated = changes[0] ? dayStart(changes[0].day) : dayStart(model.updated ?? '1970-01-01');
  const feed = new Feed({
    id: site.siteUrl,
    title: model.title,
    description: model.description,
    link: site.siteUrl,
    language: languageTag(model.lang),
    // The newest change, not the build's clock: two builds of one dataset write the same feed.
    updated,
    generator: false,
    feedLinks: { atom: absolute(`${site.base}${FEED_FILES.atom}`), json: absolute(`${site.base}${FEED_FILES.json}`) },
  });
  for (const change of changes) {
    const url = absolute(pathFor(change.event.id, site.base));
    const { title, text } = describe(change);
    feed.addItem({
      id: `${url}#${change.kind}-${change.day}`,
      title: escapeHtml(title),
      link: url,
      date: dayStart(change.day),
      ...(change.event.added ? { published: dayStart(change.event.added) } : {}),
      description: escapeHtml(text).replace(/\n\n/g, '<br><br>'),
    });
  }
  return feed;
}

export function writeFeeds(model: TimelineModel, site: SiteConfig): { atom: string; json: string } {
  const changes = changeLog(model);
  const feed = buildFeed(model, site, changes);
  const language = languageTag(model.lang);
  return { atom: atomInLanguage(feed.atom1(), language), json: jsonFeed11(feed.json1(), changes.map(describe), language) };
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** `feed` writes Atom's root without a language (it uses `language` for RSS only): `xml:lang` on it covers every entry (RFC 4287 §2). */
function atomInLanguage(atom: string, language: string): string {
  if (!atom.includes(ATOM_ROOT)) throw new Error('the feed library wrote an Atom root this build does not know; xml:lang cannot be set');
  return atom.replace(ATOM_ROOT, () => `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(language)}">`);
}

/**
 * `feed` 6 writes JSON Feed 1; version 1.1 adds `language` and plain-text
 * `content_text` (jsonfeed.org/version/1.1). So its object is kept and only
 * those are set: plain text, as JSON Feed allows, instead of HTML.
 */
function jsonFeed11(json: string, texts: readonly { title: string; text: string }[], language: string): string {
  const data = JSON.parse(json) as { items: Record<string, unknown>[] } & Record<string, unknown>;
  data.version = 'https://jsonfeed.org/version/1.1';
  data.language = language;
  data.items = data.items.map((item, i) => {
    const plain: Record<string, unknown> = { ...item, title: texts[i]!.title, content_text: texts[i]!.text };
    delete plain.content_html;
    delete plain.summary;
    return plain;
  });
  return `${JSON.stringify(data, null, 2)}\n`;
}
