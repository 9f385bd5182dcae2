import { checkDataset, type LoadResult } from './check-dataset';

/**
 * The app's way to check a file: with the compiled rules alone first, and only
 * when they doubt something (a bad event, a normalised title, a date the
 * direct reader leaves to the library) with zod and the `edtf` package, fetched
 * then. The bundled dataset needs neither, so the first view ships without them.
 */
export async function loadDatasetLazily(input: unknown): Promise<LoadResult> {
  const quick = checkDataset(input, null);
  if (quick) return quick;
  const { slowPath } = await import('./slow-path');
  return checkDataset(input, slowPath)!;
}

