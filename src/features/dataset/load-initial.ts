import type { LoadResult } from '../../domain/load-dataset';
import type { IndexReading } from '../../domain/timeline-index/read-index';
import { i18n } from '../../i18n/i18n';
import { DATA_URL, SMALL_DATA_BYTES, takeEarlyData, takeEarlyIndex } from '../../lib/early-data';
import { useAppStore } from '../../store/app-store';
import { fetchDataset, LOAD_MARKS } from './fetch-dataset';

/**
 * Loads the site's own timeline into the store. Resolves once the first view
 * can be drawn: `ok` says whether there is anything to draw, and `follow`,
 * when there is more to load, loads it; the caller runs it once the first
 * view is drawn. Never rejects: a failure becomes the store's load failure.
 *
 * A large data file is drawn from its index first (domain/timeline-index);
 * its texts follow in a worker. A small one, or one without a usable index
 * (the index refused, missing or unreadable), is loaded whole, as the index
 * only ever saves time. The code for that way in is fetched only for a large
 * data file (large-timeline.ts).
 */
export async function loadInitialDataset(): Promise<{ ok: boolean; follow?: () => void }> {
  const large = await readLargeIndex();
  if (large?.reading.ok && large.reading.data.bytes > SMALL_DATA_BYTES) {
    useAppStore.getState().setHeadModel(large.reading.model);
    performance.mark(LOAD_MARKS.indexed);
    return { ok: true, follow: () => void large.loadFullData(DATA_URL).then(showFullData) };
  }
  try {
    const result = await fetchDataset(DATA_URL, undefined, takeEarlyData());
    useAppStore.getState().setLoadResult(result);
    return { ok: result.ok };
  } catch (error) {
    useAppStore.getState().setLoadFailure({
      severity: 'error',
      where: 'data file',
      message: i18n._('could not be read: {reason}', { reason: error instanceof Error ? error.message : String(error) }),
    });
    return { ok: false };
  }
}

/**
 * The data file's model in place of the index's: the panel, the list, search
 * in summaries and quotes and the exports then have every field. If it could
 * not be loaded, the timeline drawn stays and a notice says why.
 */
function showFullData(result: LoadResult): void {
  const store = useAppStore.getState();
  store.setFullResult(result);
  performance.mark(LOAD_MARKS.texts);
  if (!result.ok) store.notify(i18n._('The events’ texts could not be loaded: the data file {reason}', { reason: result.errors[0]?.message ?? '' }), 'warning');
}

/**
 * The index the entry fetched, read, with the way to load its data file, when
 * that file is not known to be small; null when there is no index to use.
 */
async function readLargeIndex(): Promise<{ reading: IndexReading; loadFullData: (url: string) => Promise<LoadResult> } | null> {
  const early = await takeEarlyIndex();
  if (!early.ok || (early.dataBytes !== null && early.dataBytes <= SMALL_DATA_BYTES)) return null;
  try {
    const large = await import('./large-timeline');
    return { reading: large.readIndexText(early.parsed, early.text), loadFullData: large.loadFullData };
  } catch {
    return null;
  }
}
