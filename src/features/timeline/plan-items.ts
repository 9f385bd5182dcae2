import type { EventHead } from '../../domain/load-dataset';

/**
 * What to hand vis-timeline, which draws one measured DOM node per item and
 * slows to a crawl past a few thousand. Up to MAX_ITEMS events are drawn
 * individually wherever they are (so the bundled dataset is always drawn in
 * full). Past that, only events near the visible window are drawn, and when
 * even those are too many, they are aggregated into counts per period that
 * open on zoom.
 */

/**
 * 200, not more: past that, vis-timeline's own stacking and measuring of the
 * items costs more than a frame per hundred (a search matching 250 of 5,000
 * events took 150–450 ms to draw at 500; 27 ms at 200), and on a 1,000-pixel
 * wide timeline that many labelled items are a tall stack no one reads: counts
 * per period say more until the reader zooms in.
 */
export const MAX_ITEMS = 200;
const BINS = 40;

export interface Cluster {
  id: string;
  start: number;
  end: number;
  count: number;
  group?: string;
}

export type ItemPlan =
  | { kind: 'events'; events: readonly EventHead[] }
  | { kind: 'clusters'; clusters: Cluster[] }
  | { kind: 'mixed'; events: readonly EventHead[]; clusters: Cluster[] };

/** Index of the first event that starts after `time` (events are sorted by start). */
function firstStartingAfter(events: readonly EventHead[], time: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.when.start > time) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Events overlapping [from, to]. Called per settled window, not per frame. */
export function eventsOverlapping(events: readonly EventHead[], from: number, to: number): EventHead[] {
  const result: EventHead[] = [];
  const stop = firstStartingAfter(events, to);
  for (let i = 0; i < stop; i++) if (events[i]!.when.end >= from) result.push(events[i]!);
  return result;
}

/** Long periods that began before the view and are still running in it. */
const ONGOING_SHOWN = 50;

/**
 * At 100,000 events this runs on every settled window, so it first only
 * counts (one pass, no arrays), and builds a list only of what it will draw.
 */
export function planItems(
  events: readonly EventHead[],
  window: { start: number; end: number },
  lanes: boolean,
): ItemPlan {
  if (events.length <= MAX_ITEMS) return { kind: 'events', events };
  const width = window.end - window.start;
  const from = window.start - width / 2;
  const to = window.end + width / 2;
  const stop = firstStartingAfter(events, to);
  let ongoingCount = 0;
  let startingCount = 0;
  for (let i = 0; i < stop; i++) {
    const { start, end } = events[i]!.when;
    if (end < from) continue;
    if (start < from) ongoingCount++;
    else startingCount++;
  }
  const near = (keep: (event: EventHead) => boolean) => {
    const result: EventHead[] = [];
    for (let i = 0; i < stop; i++) {
      const event = events[i]!;
      if (event.when.end >= from && keep(event)) result.push(event);
    }
    return result;
  };
  const isOngoing = (event: EventHead) => event.when.start < from;
  const isStarting = (event: EventHead) => event.when.start >= from;

  if (ongoingCount + startingCount <= MAX_ITEMS) return { kind: 'events', events: near(() => true) };
  // Periods that started before the view would otherwise crowd out everything
  // at every zoom level; they are drawn one by one only while they are few.
  const ongoingFits = ongoingCount <= ONGOING_SHOWN;
  if (startingCount + (ongoingFits ? ongoingCount : 0) <= MAX_ITEMS) {
    return ongoingFits
      ? { kind: 'events', events: near(() => true) }
      : { kind: 'mixed', events: near(isStarting), clusters: countPeriods(events, stop, isOngoing, from, to, lanes, 1, 'ongoing') };
  }
  const clusters = [
    ...countPeriods(events, stop, isStarting, from, to, lanes, BINS, 'bin'),
    ...(ongoingFits ? [] : countPeriods(events, stop, isOngoing, from, to, lanes, 1, 'ongoing')),
  ];
  return ongoingFits && ongoingCount > 0 ? { kind: 'mixed', events: near(isOngoing), clusters } : { kind: 'clusters', clusters };
}

/** Counts per period (and per lane), in typed arrays: no object or string per event. */
function countPeriods(
  events: readonly EventHead[],
  stop: number,
  keep: (event: EventHead) => boolean,
  from: number,
  to: number,
  lanes: boolean,
  bins: number,
  name: string,
): Cluster[] {
  const binWidth = (to - from) / bins;
  const counts = new Map<string, Int32Array>();
  const countsFor = (group: string) => {
    let list = counts.get(group);
    if (!list) counts.set(group, (list = new Int32Array(bins)));
    return list;
  };
  const single = lanes ? null : countsFor('');
  for (let i = 0; i < stop; i++) {
    const event = events[i]!;
    if (event.when.end < from || !keep(event)) continue;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((Math.max(event.when.start, from) - from) / binWidth)));
    if (single) single[bin]!++;
    else for (const actor of event.actors) countsFor(actor)[bin]!++;
  }
  const clusters: Cluster[] = [];
  for (const [group, list] of counts) {
    list.forEach((count, bin) => {
      if (count === 0) return;
      const start = from + bin * binWidth;
      // The period is in the id: the timeline only adds and removes items by id, so a count for
      // another period under the same id would keep the old count's dates and number.
      clusters.push({ id: `cluster:${name}:${group}:${Math.round(start)}:${Math.round(binWidth)}`, start, end: start + binWidth, count, ...(group ? { group } : {}) });
    });
  }
  return clusters;
}
