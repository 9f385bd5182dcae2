import { useEffect } from 'react';
import type { LoadResult } from '../../domain/load-dataset';
import { useAppStore } from '../../store/app-store';
import { DEFAULT_DATASET_URL, fetchDataset } from './fetch-dataset';

/**
 * Loads the dataset once. `onLoaded` receives the result and puts it in the
 * store (with whatever else must land in the same render, like the URL state).
 */
export function useDataset(onLoaded: (result: LoadResult) => void, url: string = DEFAULT_DATASET_URL): void {
  useEffect(() => {
    const controller = new AbortController();
    fetchDataset(url, controller.signal)
      .then((result) => {
        if (!controller.signal.aborted) onLoaded(result);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        useAppStore.getState().setLoadFailure({
          severity: 'error',
          where: 'data file',
          message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
        });
      });
    return () => controller.abort();
  }, [onLoaded, url]);
}
