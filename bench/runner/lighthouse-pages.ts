/**
 * The pages Lighthouse audits, as data: a label and a path under the site's
 * base. `{event}` and `{actor}` are filled from the bundled dataset. A path
 * the build has no page for (404) is reported as "page not built", so a page
 * added later is audited from the first run after it exists.
 */
import { readFileSync } from 'node:fs';
import { BUNDLED } from './config';

export const LIGHTHOUSE_PAGES: readonly { label: string; path: string }[] = [
  { label: 'Home page', path: '' },
  { label: 'Event page', path: 'events/{event}/' },
  { label: 'Actor page', path: 'actors/{actor}/' },
  { label: 'Embed view', path: 'embed/' },
];

interface Bundled {
  events: { id: string; actors: string[]; disputes?: unknown[] }[];
}

/**
 * The event is the first with a dispute (the fullest page: both sides, every
 * source); the actor is the one most events name (the longest actor page).
 */
export function pagePaths(file: string = BUNDLED): { label: string; path: string }[] {
  const { events } = JSON.parse(readFileSync(file, 'utf8')) as Bundled;
  const event = (events.find((e) => e.disputes?.length) ?? events[0])?.id ?? '';
  const counts = new Map<string, number>();
  for (const e of events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const actor = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  return LIGHTHOUSE_PAGES.map((page) => ({ label: page.label, path: page.path.replace('{event}', event).replace('{actor}', actor) }));
}
