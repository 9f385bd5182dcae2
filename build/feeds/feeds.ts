import { Feed } from 'feed';
import type { TimelineModel } from '../../src/domain/load-dataset';
import { pathFor } from '../../src/lib/event-path';
import { escapeHtml } from '../html/escape';
import type { SiteConfig } from '../site-config';
import { changeLog, type Change } from './change-log';
import { FEED_FILES } from './feed-files';

/** The `<link rel="alternate">`s every page's head carries, so a feed reader finds the feeds from any page. */
export function feedLinks(absolute: (path: string) => string, base: string): { href: string; type: string; title: string }[] {
  return [
    { href: absolute(`${base}${FEED_FILES.atom}`), type: 'application/atom+xml', title: 'Added and revised events (Atom)' },
    { href: absolute(`${base}${FEED_FILES.json}`), type: 'application/feed+json', title: 'Added and revised events (JSON Feed)' },
    { href: absolute(`${base}${FEED_FILES.calendar}`), type: 'text/calendar', title: 'The timeline as a calendar' },
  ];
}

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

function describe(change: Change): { title: string; text: string } {
  const { event } = change;
  if (change.kind === 'added') return { title: `Added: ${event.title}`, text: event.summary };
  const said = change.corrections.length ? change.corrections.join('\n\n') : 'This entry was revised.';
  return { title: `Revised: ${event.title}`, text: `${said}\n\n${event.summary}` };
}

/**
 * The `feed` library, not templates, writes both formats (issue 23). It puts
 * titles and summaries in Atom as HTML, so each goes in escaped by the one
 * helper: the reader's app then shows our text as text, never as markup.
 */
function buildFeed(model: TimelineModel, site: SiteConfig, changes: readonly Change[]): Feed {
  const absolute = (path: string) => new URL(path.slice(site.base.length), site.siteUrl).href;
  const updated = changes[0] ? dayStart(changes[0].day) : dayStart(model.updated ?? '1970-01-01');
  const feed = new Feed({
    id: site.siteUrl,
    title: model.title,
    description: model.description,
    link: site.siteUrl,
    language: 'en',
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
  return { atom: feed.atom1(), json: jsonFeed11(feed.json1(), changes.map(describe)) };
}

/**
 * `feed` 6 writes JSON Feed 1; version 1.1 adds `language` and plain-text
 * `content_text` (jsonfeed.org/version/1.1). So its object is kept and only
 * those are set: plain text, as JSON Feed allows, instead of HTML.
 */
function jsonFeed11(json: string, texts: readonly { title: string; text: string }[]): string {
  const data = JSON.parse(json) as { items: Record<string, unknown>[] } & Record<string, unknown>;
  data.version = 'https://jsonfeed.org/version/1.1';
  data.language = 'en';
  data.items = data.items.map((item, i) => {
    const plain: Record<string, unknown> = { ...item, title: texts[i]!.title, content_text: texts[i]!.text };
    delete plain.content_html;
    delete plain.summary;
    return plain;
  });
  return `${JSON.stringify(data, null, 2)}\n`;
}
