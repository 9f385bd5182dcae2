import { slugFromPath, type PathEvent } from './event-path';

/**
 * Every actor has a page of its own at `<base>actors/<id>/`, written by the
 * build and shown by the app; like event pages, one pair of pure functions.
 */

export function actorPathFor(id: string, base: string): string {
  return `${base}actors/${id}/`;
}

/** The actor a path names; an id that is not a safe slug is reported, never used. */
export function actorFromPath(pathname: string, base: string): PathEvent {
  return slugFromPath(pathname, base, 'actors');
}
