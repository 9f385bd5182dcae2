import { loadDataset } from '../../domain/load-dataset';
import { modelMessages, type FullDataReply, type FullDataRequest } from './full-data-messages';

/**
 * Fetches, parses and checks the data file off the main thread, after the
 * timeline was drawn from its index, so a file of 100,000 events (tens of
 * megabytes) never holds up the page. It answers with the checked model, in
 * slices, or with what went wrong as a kind the page words in the reader's
 * language.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<FullDataRequest>) => void) | null;
  postMessage: (message: FullDataReply) => void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data: { url, maxBytes } }) => {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    return scope.postMessage({ kind: 'network', reason: error instanceof Error ? error.message : '' });
  }
  if (!response.ok) return scope.postMessage({ kind: 'http', status: response.status });
  const text = await response.text();
  if (text.length > maxBytes) return scope.postMessage({ kind: 'too-large' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return scope.postMessage({ kind: 'json', detail: (error instanceof Error ? error.message : String(error)).slice(0, 200) });
  }
  const result = loadDataset(json);
  if (!result.ok) return scope.postMessage({ kind: 'refused', result });
  // In slices, so the page copies it in tasks it can answer input between (EVENTS_PER_MESSAGE).
  for (const message of modelMessages(result.model, result.warnings)) scope.postMessage(message);
};
