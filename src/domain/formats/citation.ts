import type { Article } from '../schema';

/**
 * "Cite this event": the event as one CSL-JSON item, the form citation
 * processors and reference managers share, so styles, quotation marks and
 * exports come from a citation library (src/features/citation) rather than
 * from string templates. Pure: the caller passes the address and the day.
 */

/** A CSL date: year, month, day. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** The part of CSL-JSON 1.0 this app writes. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  /** The timeline, as the site the page is part of. */
  'container-title': string;
  URL?: string;
  /** Events of a file the reader opened have no address; the file is named here instead. */
  medium?: string;
  /** The day the entry was last revised (or first published) in the timeline. */
  issued?: CslDate;
  accessed: CslDate;
  /** The articles the event rests on, one line each; see sourcesNote. */
  note?: string;
}

export interface CitationInput {
  event: { id: string; title: string; sources: readonly { article: string }[]; added?: string | undefined; revised?: string | undefined };
  siteTitle: string;
  articles: ReadonlyMap<string, Article>;
  /** The event's page; null when the event comes from a file the reader opened. */
  url: string | null;
  fileName?: string;
  accessed: Date;
}

const localDay = (d: Date): CslDate => ({ 'date-parts': [[d.getFullYear(), d.getMonth() + 1, d.getDate()]] });

function isoDay(day: string | undefined): CslDate | undefined {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : undefined;
}

/**
 * A headline's straight single quotes as typographic ones, since the note sets
 * the headline in double quotes: 'priority' reads ‘priority’, as nested
 * quotation marks do, and BibTeX writers no longer run a ' into the closing ”
 * (citation-js read `'''` back as ”').
 */
const curlySingles = (text: string): string => text.replace(/(^|[\s(“[])'/g, '$1‘').replace(/'/g, '’');

/**
 * The sources as a CSL `note`: "Sources: Outlet, “Headline” (2017-04-21), URL",
 * one article a line, each once however many passages it lends. `note` rather
 * than `references`, because every export keeps it (BibTeX `note`, RIS `N1`,
 * Zotero's Extra) while `references` is dropped by BibTeX and RIS writers.
 */
export function sourcesNote(sources: readonly { article: string }[], articles: ReadonlyMap<string, Article>): string | undefined {
  const ids = [...new Set(sources.map((s) => s.article))];
  const lines = ids.flatMap((id) => {
    const a = articles.get(id);
    return a ? [`${a.outlet}, “${curlySingles(a.title)}” (${a.published}), ${a.url}`] : [];
  });
  if (lines.length === 0) return undefined;
  return `${lines.length === 1 ? 'Source' : 'Sources'}: ${lines.join('; ')}`;
}

/** The event as a CSL-JSON item: a page of the timeline, with its address and the day it was read. */
export function citationItem({ event, siteTitle, articles, url, fileName, accessed }: CitationInput): CslItem {
  const issued = isoDay(event.revised ?? event.added);
  const note = sourcesNote(event.sources, articles);
  return {
    id: event.id,
    type: 'webpage',
    title: event.title,
    'container-title': siteTitle,
    ...(url ? { URL: url } : { medium: `From the file “${fileName ?? 'opened in the browser'}”` }),
    ...(issued ? { issued } : {}),
    accessed: localDay(accessed),
    ...(note ? { note } : {}),
  };
}

/** The folder of the event pages under the site: `<origin><base>events/`. */
export function eventPagesBase(origin: string, base: string): string {
  return new URL(`${base.endsWith('/') ? base : `${base}/`}events/`, origin).href;
}

/** The address of an event's page: `<origin><base>events/<id>/`. */
export const eventPageUrl = (origin: string, base: string, id: string): string => `${eventPagesBase(origin, base)}${encodeURIComponent(id)}/`;
