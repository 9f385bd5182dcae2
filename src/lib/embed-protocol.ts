/**
 * The messages between an embedded timeline (the frame, `<base>embed/`) and
 * the article that embeds it (the host page, through `embed.js`). Both sides
 * import this one module, so they cannot disagree; README "Embedding" says
 * the same for people writing their own host script.
 *
 * Every message is a plain object `{ protocol: "timeline-embed", version: 1, type, … }`:
 *
 *   host → frame   hello   { id: string | null }  the frame has loaded; the host's `#event=<id>`, if any
 *                  show    { id: string | null }  the host's hash changed to `#event=<id>` (or to none)
 *   frame → host   height  { height: number }     the frame's content height, in CSS pixels
 *                  selected { id: string | null }  the reader opened an event in the frame (or closed it)
 *
 * Who may talk: embed.js sends only to frames whose address is on its own
 * origin, with that origin as targetOrigin, and reads only messages from those
 * frames' windows at that origin. The frame reads only its parent window, and
 * answers nothing until the parent's `hello`, then only that hello's origin.
 * Anything else (another protocol or version, an unknown type, a field of the
 * wrong kind) is ignored. The frame takes nothing from the host but an event
 * id, which it checks as a slug and against its dataset.
 */
import { isSlug } from './event-path';

export const PROTOCOL = 'timeline-embed';
export const VERSION = 1;

export type HostMessage = { type: 'hello'; id: string | null } | { type: 'show'; id: string | null };
export type FrameMessage = { type: 'height'; height: number } | { type: 'selected'; id: string | null };

/** Longer than any event id (120); a longer text from a host is cut before the frame checks it. */
const MAX_ID_TEXT = 200;
/** No real page is taller; a bigger number is not a height. */
export const MAX_HEIGHT = 20_000;

export function envelope(message: HostMessage | FrameMessage): Record<string, unknown> {
  return { protocol: PROTOCOL, version: VERSION, ...message };
}

function opened(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  return record.protocol === PROTOCOL && record.version === VERSION ? record : null;
}

/** A host's message, or null for anything that is not one. The id is only text here: the frame checks it. */
export function readHostMessage(data: unknown): HostMessage | null {
  const record = opened(data);
  if (!record || (record.type !== 'hello' && record.type !== 'show')) return null;
  const id = record.id;
  if (id === null) return { type: record.type, id: null };
  return typeof id === 'string' ? { type: record.type, id: id.slice(0, MAX_ID_TEXT) } : null;
}

/** A frame's message, or null. A frame only ever names ids of its dataset, so anything but a slug is refused. */
export function readFrameMessage(data: unknown): FrameMessage | null {
  const record = opened(data);
  if (!record) return null;
  if (record.type === 'height') {
    const height = record.height;
    return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT ? { type: 'height', height } : null;
  }
  if (record.type === 'selected') {
    const id = record.id;
    if (id === null) return { type: 'selected', id: null };
    return typeof id === 'string' && isSlug(id) ? { type: 'selected', id } : null;
  }
  return null;
}

const EVENT_HASH = /^#event=([^&#]*)$/;

/**
 * The event a host page's address names, `#event=<id>`: the id as text (not yet
 * checked), '' for `#event=`, or null when the hash is something else (the
 * article's own anchors are left alone).
 */
export function eventFromHash(hash: string): string | null {
  const match = EVENT_HASH.exec(hash);
  if (!match) return null;
  const raw = match[1] ?? '';
  try {
    return decodeURIComponent(raw).slice(0, MAX_ID_TEXT);
  } catch {
    return raw.slice(0, MAX_ID_TEXT);
  }
}

/** The hash that names an event. Ids are slugs, so nothing needs escaping; encoding is a second guard. */
export const hashFor = (id: string): string => `#event=${encodeURIComponent(id)}`;
