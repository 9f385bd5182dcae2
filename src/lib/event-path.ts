/**
 * Every event has a page of its own at `<base>events/<id>/`: the app writes
 * that path for the selected event, and the build writes a static page there.
 * One pair of pure functions, shared by both, so they cannot disagree.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 120;

/** A safe id (lowercase slug, at most 120 characters): the only thing that ever becomes a path. */
export function isSlug(id: string): boolean {
  return id.length <= MAX_ID && SLUG.test(id);
}

/** The path of an event's page, or of the home page for no event. `base` ends in "/". */
export function pathFor(eventId: string | null, base: string): string {
  return eventId ? `${base}events/${eventId}/` : base;
}

export type PathEvent = { kind: 'none' } | { kind: 'event'; id: string } | { kind: 'invalid'; text: string };

/** Reads the event named by a path. Anything that is not a safe slug is reported, never used. */
export function eventFromPath(pathname: string, base: string): PathEvent {
  return slugFromPath(pathname, base, 'events');
}

/** Reads the id in `<base><folder>/<id>/`, for every kind of page that has one. */
export function slugFromPath(pathname: string, base: string, folder: string): PathEvent {
  if (!pathname.startsWith(base)) return { kind: 'none' };
  const match = new RegExp(`^${folder}/([^/]*)/?$`).exec(pathname.slice(base.length));
  if (!match) return { kind: 'none' };
  let id: string;
  try {
    id = decodeURIComponent(match[1] ?? '');
  } catch {
    return { kind: 'invalid', text: match[1] ?? '' };
  }
  return isSlug(id) ? { kind: 'event', id } : { kind: 'invalid', text: id };
}

/**
 * The embed, a compact view of the same app for other sites' iframes, is one
 * page at `<base>embed/`: its event is in the query (`?event=<id>`), since a
 * static host has only that one file to serve there.
 */
export const embedPath = (base: string): string => `${base}embed/`;

/** Whether an address is the embed's page (`<base>embed/`, with or without the final slash or `index.html`). */
export function isEmbedPath(pathname: string, base: string): boolean {
  const path = embedPath(base);
  return pathname === path || pathname === path.slice(0, -1) || pathname === `${path}index.html`;
}
