import { readTimelineIndex, type IndexReading } from '../../domain/timeline-index/read-index';
import { loadFullData } from './load-full-data';

/**
 * The way in for a large data file, fetched only when the index says the data
 * file is large (load-initial.ts): reading the index, then the data file in a
 * worker. A small timeline's first view does not carry this code.
 */
export function readIndexText(parsed: unknown, text: string): IndexReading {
  return readTimelineIndex(parsed !== undefined ? parsed : JSON.parse(text));
}

export { loadFullData };
