import { SMALL_DATA_BYTES } from '../../src/lib/small-data';

/**
 * The page's first fetch of timeline data, chosen for the data file it is
 * built with. Vite's page preloads the timeline index (data/timeline.index.json,
 * what a large timeline's first view draws). A small data file is worth more
 * than its index: it is preloaded in the index's place, saving the request
 * the entry would otherwise make to learn it is small, and the texts come
 * with the first view (src/lib/early-data.ts).
 */
export function preloadFirstFetch(template: string, base: string, dataBytes: number): string {
  const index = `href="${base}data/timeline.index.json"`;
  if (!template.includes(index)) throw new Error(`the built index.html does not preload ${base}data/timeline.index.json; was the preload moved?`);
  return dataBytes <= SMALL_DATA_BYTES ? template.replace(index, `href="${base}data/timeline.json"`) : template;
}
