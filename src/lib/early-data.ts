/**
 * The first fetches of the timeline's data, started by the page's entry
 * (src/app/boot.ts) before any of the explorer's code has arrived, and taken
 * over by the explorer's loader (features/dataset/load-initial.ts).
 *
 * The entry fetches what the page preloads, which the build chose for the data
 * file it was built with (build/html/first-fetch.ts):
 * - a small data file itself: loaded whole, so a reader of a small timeline
 *   never sees an event without its texts, and no request is spent on an index;
 * - otherwise the timeline index (domain/timeline-index), what the first view
 *   draws. A small index is read here at once (a few kilobytes take well under
 *   a millisecond) to learn how large the data file is: when that is small
 *   after all (a page not built with this data file, the dev server's), the
 *   data file is fetched at once as well. A large data file is left to the
 *   explorer, which draws the timeline from the index and loads the data file
 *   in a worker.
 *
 * Imports nothing but a constant: it runs in the entry, before the first paint.
 */
import { SMALL_DATA_BYTES } from './small-data';

export { SMALL_DATA_BYTES };
export const DATA_URL = `${import.meta.env.BASE_URL}data/timeline.json`;
export const INDEX_URL = `${import.meta.env.BASE_URL}data/timeline.index.json`;

/** Files larger than this are refused before parsing, so a mistake cannot freeze the tab. */
export const MAX_DATASET_BYTES = 100 * 1024 * 1024;

/** An index up to this size is read by the entry; larger ones are left to the explorer's loader. */
const SMALL_INDEX_CHARS = 256 * 1024;

export type EarlyIndex =
  /** The index's text, and what it says of its data file when the entry read it (null for a large index). */
  | { ok: true; text: string; parsed: unknown; dataBytes: number | null }
  | { ok: false; status: number | null };

let index: Promise<EarlyIndex> | null = null;
let data: Promise<Response> | null = null;

const JSON_ACCEPT = { headers: { Accept: 'application/json' } };

/** What a small index says of its data file's size; null when it cannot tell. */
function bytesOf(parsed: unknown): number | null {
  const stamp = (parsed as { data?: { bytes?: unknown } } | null)?.data;
  return typeof stamp?.bytes === 'number' ? stamp.bytes : null;
}

async function readIndex(response: Response): Promise<EarlyIndex> {
  if (!response.ok) return { ok: false, status: response.status };
  const text = await response.text();
  if (text.length > SMALL_INDEX_CHARS) return { ok: true, text, parsed: undefined, dataBytes: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, status: null };
  }
  const dataBytes = bytesOf(parsed);
  // Small enough to wait for: fetched now, in parallel with the explorer's code.
  if (dataBytes !== null && dataBytes <= SMALL_DATA_BYTES && !data) fetchDataNow();
  return { ok: true, text, parsed, dataBytes };
}

/** Fetches the data file now, for the loader to take over (takeEarlyData). */
function fetchDataNow(): void {
  data = fetch(DATA_URL, JSON_ACCEPT);
  // Its failure is the loader's to word once it takes the response over; until then it is not unhandled.
  data.catch(() => undefined);
}

/** Whether the page preloads the data file itself (a small one) rather than its index. */
const pagePreloadsData = () => document.head.querySelector(`link[rel="preload"][href="${DATA_URL}"]`) !== null;

/** Starts fetching what the page preloads (once). */
export function startEarlyData(): void {
  if (index) return;
  if (typeof document !== 'undefined' && pagePreloadsData()) {
    fetchDataNow();
    // No index is needed: the explorer loads the data file whole.
    index = Promise.resolve({ ok: false, status: null });
    return;
  }
  index = fetch(INDEX_URL, JSON_ACCEPT).then(readIndex, () => ({ ok: false, status: null }) as const);
}

/**
 * The index, as fetched by the entry (or now, if it did not run), once: not
 * kept for the page's life (at 100,000 events its text and parse are tens of
 * megabytes), so a later load fetches it afresh.
 */
export function takeEarlyIndex(): Promise<EarlyIndex> {
  startEarlyData();
  const taken = index!;
  index = null;
  return taken;
}

/** The data file's response if the entry started fetching it, once: a second load fetches afresh. */
export function takeEarlyData(): Promise<Response> | null {
  const started = data;
  data = null;
  return started;
}
