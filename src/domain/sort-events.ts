import type { EdtfDate } from './edtf-direct';

interface Sortable {
  id: string;
  when: Pick<EdtfDate, 'start' | 'end'>;
}

const DAY = 86_400_000;

/** Time order: start, then end, then id, so the order is stable whatever the file's. */
export function compareEvents(a: Sortable, b: Sortable): number {
  return a.when.start - b.when.start || a.when.end - b.when.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Events in time order. Files are often written in order already, which one
 * pass confirms; the others are sorted in place.
 */
export function sortEvents<T extends Sortable>(events: T[]): T[] {
  for (let i = 1; i < events.length; i++) {
    if (compareEvents(events[i - 1]!, events[i]!) > 0) return sortByDay(events) ?? events.sort(compareEvents);
  }
  return events;
}

/**
 * Every start is midnight UTC (no date is finer than a day), so the day and
 * the event's place in the list fit one number that a Float64Array sorts
 * natively: at 100,000 events several times quicker than a comparator
 * called 1.7 million times. Events of the same day are then put in order by
 * the comparator, a handful at a time. `null` when a start is not a whole day
 * or the numbers would not be exact; the caller then uses the comparator.
 */
function sortByDay<T extends Sortable>(events: T[]): T[] | null {
  const n = events.length;
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    const day = event.when.start / DAY;
    if (!Number.isInteger(day)) return null;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if ((last - first + 1) * n > Number.MAX_SAFE_INTEGER) return null;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (events[i]!.when.start / DAY - first) * n + i;
  keys.sort();
  const byDay = keys.reduce<T[]>((list, key) => (list.push(events[key % n]!), list), []);
  for (let from = 0, to = 1; to <= n; to++) {
    if (to < n && byDay[to]!.when.start === byDay[from]!.when.start) continue;
    if (to - from > 1) {
      const sameDay = byDay.slice(from, to).sort(compareEvents);
      for (let k = 0; k < sameDay.length; k++) byDay[from + k] = sameDay[k]!;
    }
    from = to;
  }
  for (let i = 0; i < n; i++) events[i] = byDay[i]!;
  return events;
}
