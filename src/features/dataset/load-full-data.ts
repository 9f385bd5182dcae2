import type { LoadResult } from '../../domain/load-dataset';
import { i18n } from '../../i18n/i18n';
import { MAX_DATASET_BYTES } from '../../lib/early-data';
import { modelAssembly, type FullDataReply, type FullDataRequest } from './full-data-messages';

function failure(message: string): LoadResult {
  return { ok: false, errors: [{ severity: 'error', where: 'data file', message }], warnings: [] };
}

/** A failure the worker answered, in the words fetch-dataset.ts uses. */
function failureOf(reply: Exclude<FullDataReply, { kind: 'envelope' | 'events' | 'done' }>, url: string): LoadResult {
  switch (reply.kind) {
    case 'refused':
      return reply.result;
    case 'network':
      return failure(i18n._('could not be fetched ({reason}). Check your connection and reload.', { reason: reply.reason || i18n._('network error') }));
    case 'http':
      return failure(reply.status === 404 ? i18n._('was not found at {url} (HTTP 404).', { url }) : i18n._('could not be loaded (HTTP {status}).', { status: reply.status }));
    case 'too-large':
      return failure(i18n._('is larger than {limit} MB.', { limit: MAX_DATASET_BYTES / 1048576 }));
    case 'json':
      return failure(i18n._('is not valid JSON: {detail}', { detail: reply.detail }));
  }
}

/**
 * Loads the data file whose index drew the timeline, in a worker: fetched,
 * parsed and checked there, answered with its model or why it has none.
 * (The store is the caller's, load-initial.ts: this module stays out of the
 * first view's chunks.)
 */
export function loadFullData(url: string): Promise<LoadResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./full-data.worker.ts', import.meta.url), { type: 'module', name: 'full-data' });
    const finish = (result: LoadResult) => {
      worker.terminate();
      resolve(result);
    };
    // The model arrives in slices (full-data-messages.ts): put back together here.
    const assemble = modelAssembly();
    worker.onmessage = ({ data: reply }: MessageEvent<FullDataReply>) => {
      if (reply.kind !== 'envelope' && reply.kind !== 'events' && reply.kind !== 'done') return finish(failureOf(reply, url));
      const assembled = assemble(reply);
      if (assembled === 'incomplete') finish(failure(i18n._('could not be read ({reason})', { reason: i18n._('the reader stopped') })));
      else if (assembled) finish(assembled);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(failure(i18n._('could not be read ({reason})', { reason: event.message || i18n._('the reader stopped') })));
    };
    const request: FullDataRequest = { url, maxBytes: MAX_DATASET_BYTES };
    worker.postMessage(request);
  });
}
