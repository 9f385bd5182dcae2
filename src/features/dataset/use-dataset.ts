import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import { DEFAULT_DATASET_URL, fetchDataset } from './fetch-dataset';

/** Loads the bundled dataset once into the store. */
export function useDataset(url: string = DEFAULT_DATASET_URL): void {
  useEffect(() => {
    const controller = new AbortController();
    fetchDataset(url, controller.signal)
      .then((result) => useAppStore.getState().setLoadResult(result))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        useAppStore.getState().setLoadFailure({
          severity: 'error',
          where: 'data file',
          message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
        });
      });
    return () => controller.abort();
  }, [url]);
}
