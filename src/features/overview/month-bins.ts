/**
 * Density of events over the whole span, per month, split by tag colour slot.
 * Computed once per change of the shown events (never per frame): the strip
 * then draws a fixed number of bars however many events there are.
 */

/** More months than this are grouped (two, three … months per bar), so a long span stays a few hundred bars. */
export const MAX_BINS = 360;

export interface Bins {
  /** Start time (UTC ms) of each bin, plus one more: the end of the last bin. */
  edges: Float64Array;
  /** Events per bin and slot, bin-major: counts[bin * slots + slot]. */
  counts: Uint32Array;
  slots: number;
  /** The largest total of any bin, for scaling the bars. */
  max: number;
}

const monthOf = (time: number) => {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};
const monthStart = (month: number) => Date.UTC(Math.floor(month / 12), month % 12, 1);

/** Index of the last edge ≤ time (-1 when time comes before them all). */
function lastEdgeAtOrBefore(edges: Float64Array, time: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

interface Binnable {
  when: { start: number };
}

/**
 * Counts each event once, in the bin of its start, under the slot `slotOf`
 * gives it (its first tag's colour). Events outside the span are clamped to
 * its first or last bin.
 */
export function binByMonth<T extends Binnable>(events: readonly T[], span: { start: number; end: number }, slots: number, slotOf: (event: T) => number): Bins {
  const first = monthOf(span.start);
  const months = monthOf(span.end) - first + 1;
  const perBin = Math.ceil(months / MAX_BINS);
  const count = Math.ceil(months / perBin);
  const edges = new Float64Array(count + 1);
  for (let i = 0; i <= count; i++) edges[i] = monthStart(first + i * perBin);
  const counts = new Uint32Array(count * slots);
  const totals = new Uint32Array(count);
  for (const event of events) {
    // The bin whose edge is the last at or before the start: a search of a few hundred edges, no Date per event.
    const bin = Math.min(count - 1, Math.max(0, lastEdgeAtOrBefore(edges, event.when.start)));
    const slot = Math.min(slots - 1, Math.max(0, slotOf(event)));
    counts[bin * slots + slot]! += 1;
    totals[bin]! += 1;
  }
  let max = 0;
  for (const total of totals) if (total > max) max = total;
  return { edges, counts, slots, max };
}
