/**
 * Data files up to this size are loaded whole with the first view: parsed and
 * checked in a few milliseconds, so the timeline index would only add a
 * request. The build then has the page preload the data file itself rather
 * than its index (build/html/first-fetch.ts); the entry fetches what the
 * page preloads (early-data.ts).
 */
export const SMALL_DATA_BYTES = 1024 * 1024;
