/**
 * The first fetches of the timeline's data, started by the page's entry
 * (src/app/boot.ts) before any of the explorer's code has arrived, and taken
 * over by the explorer's loader (features/dataset/load-initial.ts).
 *
 * First the timeline index (domain/timeline-index), which the page preloads:
 * what the first view draws. A small index is read here at once (a few
 * kilobytes take well under a millisecond) to learn how large the data file
 * is; when that is small too, the data file is fetched at once as well, and
 * the explorer waits for it, so a reader of a small timeline never sees an
 * event without its texts. A large data file is left to the explorer, which
 * draws the timeline from the index and loads the data file in a worker.
 *
 * Kept free of imports: it runs in the entry, before the first paint.
 */
export const DATA_URL = `${import.meta.env.BASE_URL}data/timeline.json`;
export const INDEX_URL = `${import.meta.env.BASE_URL}data/timeline.index.json`;

/** Files larger than this are refused before parsing, so a mistake cannot freeze the tab. */
export const MAX_DATASET_BYTES = 100 * 1024 * 1024;

/** Data files up to this size are loaded with the index: parsed and checked in a few milliseconds. */
export const SMALL_DATA_BYTES = 1024 * 1024;
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
  if (dataBytes !== null && dataBytes <= SMALL_DATA_BYTES && !data) {
    data = fetch(DATA_URL, JSON_ACCEPT);
    // Its failure is the loader's to word once it takes the response over; until then it is not unhandled.
    data.catch(() => undefined);
  }
  return { ok: true, text, parsed, dataBytes };
}

/** Starts fetching the index (once). */
export function startEarlyData(): void {
  index ??= fetch(INDEX_URL, JSON_ACCEPT).then(readIndex, () => ({ ok: false, status: null }) as const);
}

/** The index, as fetched by the entry (or now, if it did not run). */
export function takeEarlyIndex(): Promise<EarlyIndex> {
  startEarlyData();
  return index!;
}

/** The data file's response if the entry started fetching it, once: a second load fetches afresh. */
export function takeEarlyData(): Promise<Response> | null {
  const started = data;
  data = null;
  return started;
}
