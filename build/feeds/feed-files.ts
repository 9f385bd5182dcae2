// No imports: the Vite config reads this through build/headers.ts.

/** Where the feeds and the calendar live, relative to the site's base. */
export const FEED_FILES = { atom: 'feed.atom', json: 'feed.json', calendar: 'timeline.ics' } as const;

/** The content types they must be served with (build/headers.ts): hosts do not all know these extensions. */
export const FEED_TYPES: Record<string, string> = {
  [FEED_FILES.atom]: 'application/atom+xml; charset=utf-8',
  [FEED_FILES.json]: 'application/feed+json; charset=utf-8',
  [FEED_FILES.calendar]: 'text/calendar; charset=utf-8',
};
