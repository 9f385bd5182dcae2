/**
 * When this reader last came (issue 23), kept in this browser's localStorage
 * and nowhere else. The record holds the day of this visit and of the one
 * before, so coming back later the same day still shows what was new on
 * arriving instead of nothing. Storage that is blocked or holds something
 * else means a first visit: nothing is marked.
 */

export const LAST_VISIT_KEY = 'timeline:visits';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

interface Visits {
  /** The day of the latest visit. */
  last: string;
  /** The day of the visit before it, or null after the first. */
  previous: string | null;
}

function read(storage: Pick<Storage, 'getItem'>): Visits | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(LAST_VISIT_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { last, previous } = value as Record<string, unknown>;
    if (typeof last !== 'string' || !DAY.test(last)) return null;
    return { last, previous: typeof previous === 'string' && DAY.test(previous) ? previous : null };
  } catch {
    return null;
  }
}

/**
 * Records a visit on `today` (an ISO day) and answers the day of the reader's
 * last visit before today, or null on a first visit.
 */
export function recordVisit(storage: Pick<Storage, 'getItem' | 'setItem'>, today: string): string | null {
  const visits = read(storage);
  const since = visits === null ? null : visits.last === today ? visits.previous : visits.last < today ? visits.last : null;
  try {
    storage.setItem(LAST_VISIT_KEY, JSON.stringify({ last: today, previous: since } satisfies Visits));
  } catch {
    // Storage refused (private mode, full): the visit is not remembered, which is all that is lost.
  }
  return since;
}

/** Today as an ISO day, in UTC like the dataset's days. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);
