import type { LoadResult } from '../../domain/load-dataset';
import { loadDatasetLazily } from '../../domain/load-dataset-lazily';
import { i18n } from '../../i18n/i18n';
import { DATA_URL, MAX_DATASET_BYTES } from '../../lib/early-data';



/** User Timing marks of the load's stages, read by the benchmark (`npm run bench`) to say where a load's time goes. */
export const LOAD_MARKS = {
  received: 'dataset:received',
  parsed: 'dataset:parsed',
  checked: 'dataset:checked',
  /** The index read, the timeline drawn from it (load-initial.ts). */
  indexed: 'dataset:indexed',
  /** The data file's model in the store after the index's (load-full-data.ts). */
  texts: 'dataset:texts',
} as const;

function failure(where: string, message: string): LoadResult {
  return { ok: false, errors: [{ severity: 'error', where, message }], warnings: [] };
}

/** Fetches, parses and validates a dataset; every failure becomes a readable problem. `started`: the same fetch, already under way. */
export async function fetchDataset(url: string = DATA_URL, signal?: AbortSignal, started?: Promise<Response> | null): Promise<LoadResult> {
  let response: Response;
  try {
    response = await (started ?? fetch(url, { signal, headers: { Accept: 'application/json' } }));
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : i18n._('network error');
    return failure('data file', i18n._('could not be fetched ({reason}). Check your connection and reload.', { reason }));
  }
  if (!response.ok) {
    return failure(
      'data file',
      response.status === 404 ? i18n._('was not found at {url} (HTTP 404).', { url }) : i18n._('could not be loaded (HTTP {status}).', { status: response.status }),
    );
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_DATASET_BYTES)
    return failure('data file', i18n._('is {size} MB; the limit is {limit} MB.', { size: Math.round(length / 1048576), limit: MAX_DATASET_BYTES / 1048576 }));
  const text = await response.text();
  performance.mark(LOAD_MARKS.received);
  if (text.length > MAX_DATASET_BYTES) return failure('data file', i18n._('is larger than {limit} MB.', { limit: MAX_DATASET_BYTES / 1048576 }));
  return parseDatasetText(text);
}

export async function parseDatasetText(text: string): Promise<LoadResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('data file', i18n._('is not valid JSON: {detail}', { detail: detail.slice(0, 200) }));
  }
  performance.mark(LOAD_MARKS.parsed);
  const result = await loadDatasetLazily(json);
  performance.mark(LOAD_MARKS.checked);
  return result;
}
