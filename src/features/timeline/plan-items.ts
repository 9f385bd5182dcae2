import type { ModelEvent } from '../../domain/load-dataset';

/**
 * What to hand vis-timeline, which draws one measured DOM node per item and
 * slows to a crawl past a few thousand. Up to MAX_ITEMS events are drawn
 * individually wherever they are (so the bundled dataset is always drawn in
 * full). Past that, only events near the visible window are drawn, and when
 * even those are too many, they are aggregated into counts per period that
 * open on zoom.
 */

export const MAX_ITEMS = 500;
const BINS = 40;

export interface Cluster {
  id: string;
  start: number;
  end: number;
  count: number;
  group?: string;
}

export type ItemPlan =
  | { kind: 'events'; events: readonly ModelEvent[] }
  | { kind: 'clusters'; clusters: Cluster[] }
  | { kind: 'mixed'; events: readonly ModelEvent[]; clusters: Cluster[] };

/** Events overlapping [from, to]. One pass over the (already filtered) list; called per settled window, not per frame. */
export function eventsOverlapping(events: readonly ModelEvent[], from: number, to: number): ModelEvent[] {
  const result: ModelEvent[] = [];
  for (const event of events) {
    if (event.when.start > to) break; // events are sorted by start
    if (event.when.end >= from) result.push(event);
  }
  return result;
}

/** Long periods that began before the view and are still running in it. */
const ONGOING_SHOWN = 50;

export function planItems(
  events: readonly ModelEvent[],
  window: { start: number; end: number },
  lanes: boolean,
): ItemPlan {
  if (events.length <= MAX_ITEMS) return { kind: 'events', events };
  const width = window.end - window.start;
  const from = window.start - width / 2;
  const to = window.end + width / 2;
  const near = eventsOverlapping(events, from, to);
  if (near.length <= MAX_ITEMS) return { kind: 'events', events: near };

  // Periods that started before the view would otherwise crowd out everything
  // at every zoom level; they are drawn one by one only while they are few.
  const ongoing = near.filter((e) => e.when.start < from);
  const starting = near.filter((e) => e.when.start >= from);
  const ongoingFits = ongoing.length <= ONGOING_SHOWN;
  if (starting.length + (ongoingFits ? ongoing.length : 0) <= MAX_ITEMS) {
    return ongoingFits
      ? { kind: 'events', events: near }
      : { kind: 'mixed', events: starting, clusters: countPeriods(ongoing, from, to, lanes, 1, 'ongoing') };
  }
  const clusters = [
    ...countPeriods(starting, from, to, lanes, BINS, 'bin'),
    ...(ongoingFits ? [] : countPeriods(ongoing, from, to, lanes, 1, 'ongoing')),
  ];
  return ongoingFits && ongoing.length > 0 ? { kind: 'mixed', events: ongoing, clusters } : { kind: 'clusters', clusters };
}

function countPeriods(events: readonly ModelEvent[], from: number, to: number, lanes: boolean, bins: number, name: string): Cluster[] {
  const binWidth = (to - from) / bins;
  const clusters = new Map<string, Cluster>();
  for (const event of events) {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((Math.max(event.when.start, from) - from) / binWidth)));
    const groups = lanes ? event.actors : [undefined];
    for (const group of groups) {
      const id = `cluster:${name}:${group ?? ''}:${bin}`;
      const cluster = clusters.get(id);
      if (cluster) cluster.count++;
      else {
        const start = from + bin * binWidth;
        clusters.set(id, { id, start, end: start + binWidth, count: 1, ...(group ? { group } : {}) });
      }
    }
  }
  return [...clusters.values()];
}
