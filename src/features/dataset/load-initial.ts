import type { LoadResult } from '../../domain/load-dataset';
import { i18n } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { DEFAULT_DATASET_URL, fetchDataset } from './fetch-dataset';

/**
 * Loads the bundled dataset into the store. `onLoaded` runs in the same
 * synchronous step (for the URL state), so the first drawing is already the
 * linked view. Never rejects: a failure becomes the store's load failure.
 */
export async function loadInitialDataset(onLoaded: (result: LoadResult) => void, url: string = DEFAULT_DATASET_URL): Promise<void> {
  try {
    const result = await fetchDataset(url);
    useAppStore.getState().setLoadResult(result);
    onLoaded(result);
  } catch (error) {
    useAppStore.getState().setLoadFailure({
      severity: 'error',
      where: 'data file',
      message: i18n._('could not be read: {reason}', { reason: error instanceof Error ? error.message : String(error) }),
    });
  }
}
