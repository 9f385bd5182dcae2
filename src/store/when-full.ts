import type { TimelineModel } from '../domain/load-dataset';
import { useAppStore } from './app-store';

/**
 * The whole model, now or once the data file has followed the index: for
 * work started from a control while the texts are still on their way (an
 * export, an image). Null if the data file could not be loaded or the
 * timeline failed, or when `signal` aborts.
 */
export function whenFull(signal?: AbortSignal): Promise<TimelineModel | null> {
  const settled = () => {
    const state = useAppStore.getState();
    if (state.full && state.model === state.full) return state.full;
    return state.fullFailure || state.status === 'failed' ? null : undefined;
  };
  const now = settled();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = (model: TimelineModel | null) => {
      unsubscribe();
      signal?.removeEventListener('abort', onAbort);
      resolve(model);
    };
    const onAbort = () => finish(null);
    const unsubscribe = useAppStore.subscribe(() => {
      const later = settled();
      if (later !== undefined) finish(later);
    });
    signal?.addEventListener('abort', onAbort);
  });
}
