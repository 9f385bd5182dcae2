import type { LoadResult } from '../../domain/load-dataset';
import { loadDatasetLazily } from '../../domain/load-dataset-lazily';

/** Files larger than this are refused before parsing, so a mistake cannot freeze the tab. */
export const MAX_DATASET_BYTES = 100 * 1024 * 1024;

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** User Timing marks of the load's stages, read by the benchmark (`npm run bench`) to say where a load's time goes. */
export const LOAD_MARKS = { received: 'dataset:received', parsed: 'dataset:parsed', checked: 'dataset:checked' } as const;

function failure(where: string, message: string): LoadResult {
  return { ok: false, errors: [{ severity: 'error', where, message }], warnings: [] };
}

/** Fetches, parses and validates a dataset; every failure becomes a readable problem. */
export async function fetchDataset(url: string = DEFAULT_DATASET_URL, signal?: AbortSignal): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return failure('data file', `could not be fetched (${error instanceof Error ? error.message : 'network error'}). Check your connection and reload.`);
  }
  if (!response.ok) {
    return failure('data file', response.status === 404 ? `was not found at ${url} (HTTP 404).` : `could not be loaded (HTTP ${response.status}).`);
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_DATASET_BYTES) return failure('data file', `is ${Math.round(length / 1048576)} MB; the limit is ${MAX_DATASET_BYTES / 1048576} MB.`);
  const text = await response.text();
  performance.mark(LOAD_MARKS.received);
  if (text.length > MAX_DATASET_BYTES) return failure('data file', `is larger than ${MAX_DATASET_BYTES / 1048576} MB.`);
  return parseDatasetText(text);
}

export async function parseDatasetText(text: string): Promise<LoadResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('data file', `is not valid JSON: ${detail.slice(0, 200)}`);
  }
  performance.mark(LOAD_MARKS.parsed);
  const result = await loadDatasetLazily(json);
  performance.mark(LOAD_MARKS.checked);
  return result;
}
