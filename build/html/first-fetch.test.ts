import { describe, expect, test } from 'vitest';
import { SMALL_DATA_BYTES } from '../../src/lib/small-data';
import { preloadFirstFetch } from './first-fetch';

const page = (base: string) => `<head><template><link rel="preload" href="${base}data/timeline.index.json" as="fetch"></template></head>`;

describe('the page’s first fetch of timeline data', () => {
  test('a small data file is preloaded in place of its index', () => {
    expect(preloadFirstFetch(page('/'), '/', 26_000)).toBe(page('/').replace('timeline.index.json', 'timeline.json'));
    expect(preloadFirstFetch(page('/t/'), '/t/', SMALL_DATA_BYTES)).toContain('href="/t/data/timeline.json"');
  });

  test('a large one keeps the index, which the first view draws from', () => {
    expect(preloadFirstFetch(page('/'), '/', SMALL_DATA_BYTES + 1)).toBe(page('/'));
  });

  test('a page without the index preload fails the build rather than fetching late', () => {
    expect(() => preloadFirstFetch(page('/'), '/t/', 10)).toThrow(/does not preload \/t\/data\/timeline.index.json/);
  });
});
