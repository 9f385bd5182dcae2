import { checkDataset, type LoadResult } from './check-dataset';
import { slowPath } from './slow-path';

export type { EventHead, HeadModel, LoadResult, ModelEvent, Problem, TimelineModel } from './check-dataset';
export { formatPath } from './check-dataset';

/**
 * Turns untrusted JSON into the model the app draws, with every check and
 * message (check-dataset.ts), in one synchronous step: for the validate CLI,
 * the build, the file worker and the tests. The app's first load goes through
 * load-dataset-lazily.ts instead, which fetches zod and the `edtf` package only
 * for a file that needs them.
 */
export function loadDataset(input: unknown): LoadResult {
  return checkDataset(input, slowPath)!;
}
