import { format } from 'date-fns';

/**
 * "Cite this event": one line a reader can paste into a footnote, with the
 * event's own address and the day it was read, as citation styles ask for
 * web pages.
 */
export interface CitationInput {
  siteTitle: string;
  eventTitle: string;
  /** The event's page; null when the event comes from a file the reader opened. */
  url: string | null;
  fileName?: string;
  accessed: Date;
}

export function citationText({ siteTitle, eventTitle, url, fileName, accessed }: CitationInput): string {
  const where = url ?? `From the file “${fileName ?? 'opened in the browser'}”`;
  return `“${eventTitle}.” ${siteTitle}. ${where}. Accessed ${format(accessed, 'd MMMM yyyy')}.`;
}

/** The folder of the event pages under the site: `<origin><base>events/`. */
export function eventPagesBase(origin: string, base: string): string {
  return new URL(`${base.endsWith('/') ? base : `${base}/`}events/`, origin).href;
}

/** The address of an event's page: `<origin><base>events/<id>/`. */
export const eventPageUrl = (origin: string, base: string, id: string): string => `${eventPagesBase(origin, base)}${encodeURIComponent(id)}/`;
