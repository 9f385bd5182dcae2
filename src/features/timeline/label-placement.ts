/**
 * Where an item's label goes, in the item set's pixels (0 is the left edge
 * of the visible frame, `room` its right edge), so no title is cut by the
 * frame's edge (issue 18). The mark itself never moves: a point's dot stays at
 * its date, a bar spans its period; only the label moves.
 *
 * - It reads from the mark rightwards when it fits.
 * - Otherwise it goes to the left of the mark.
 * - Otherwise it is shortened (ellipsis) where it normally reads, unless the
 *   room there is too small to say anything and there is more on the left;
 *   the full title stays in the item's accessible name and its tooltip.
 */

/** Below this, a shortened label says little more than its date. */
const USEFUL_WIDTH = 160;

const shortenAfter = (afterRoom: number, beforeRoom: number) => afterRoom >= USEFUL_WIDTH || afterRoom >= beforeRoom;

export interface LabelPlace {
  /** The label's left edge. */
  left: number;
  /** Set when the label had to be shortened to this width. */
  maxWidth?: number;
  side: 'after' | 'before';
}

/** The gap between a mark and a label on its left. */
export const LABEL_GAP = 4;

/**
 * The places a point's label can take, the usual one first; where both sides
 * fit, both are offered, and the stacking takes the one that needs fewer rows.
 * The point is at `x`, its dot `dot` wide; the label is `width` wide.
 */
export function pointLabelPlaces(x: number, dot: number, width: number, room: number): LabelPlace[] {
  const after = x + dot / 2;
  const beforeEnd = x - dot / 2 - LABEL_GAP;
  // A mark outside the frame takes its label with it, rather than leave a cut title at the edge.
  if (x < 0) return [{ left: beforeEnd - width, side: 'before' }];
  if (x > room) return [{ left: after, side: 'after' }];
  const places: LabelPlace[] = [];
  if (after + width <= room) places.push({ left: after, side: 'after' });
  if (beforeEnd - width >= 0) places.push({ left: beforeEnd - width, side: 'before' });
  if (places.length) return places;
  return [
    shortenAfter(room - after, beforeEnd)
      ? { left: after, maxWidth: Math.max(room - after, 0), side: 'after' }
      : { left: 0, maxWidth: Math.max(beforeEnd, 0), side: 'before' },
  ];
}

/**
 * The same for a bar from `start` to `end`: a label that fits on the bar
 * starts at its visible start; one longer than the bar reads after the bar's
 * end instead, or ends before its start, so the bar's border never cuts
 * through it (a month's 11 px bar would cross out "Oct"; issue 20).
 */
export function rangeLabelPlaces(start: number, end: number, width: number, room: number): LabelPlace[] {
  const from = Math.max(start, 0);
  const to = Math.min(end, room);
  if (to < 0) return [{ left: start - LABEL_GAP - width, side: 'before' }];
  if (from > room) return [{ left: from, side: 'after' }];
  const places: LabelPlace[] = [];
  const afterBar = to + LABEL_GAP;
  if (to - from >= width) places.push({ left: from, side: 'after' });
  else if (afterBar + width <= room) places.push({ left: afterBar, side: 'after' });
  const beforeEnd = start - LABEL_GAP;
  if (start >= 0 && to - from < width && beforeEnd - width >= 0) places.push({ left: beforeEnd - width, side: 'before' });
  if (places.length) return places;
  // Shortened, it still stays on the bar or clear of it: on a bar with room to say something,
  // else after its end or before its start, whichever has more.
  const onBar = to - from;
  if (onBar >= USEFUL_WIDTH) return [{ left: from, maxWidth: onBar, side: 'after' }];
  const afterRoom = room - afterBar;
  if (afterRoom > 0 && (shortenAfter(afterRoom, beforeEnd) || start < 0)) return [{ left: afterBar, maxWidth: afterRoom, side: 'after' }];
  return [{ left: 0, maxWidth: Math.max(beforeEnd, 0), side: 'before' }];
}

/** The usual place of a point's label. */
export const placePointLabel = (x: number, dot: number, width: number, room: number): LabelPlace => pointLabelPlaces(x, dot, width, room)[0]!;

/** The usual place of a bar's label. */
export const placeRangeLabel = (start: number, end: number, width: number, room: number): LabelPlace => rangeLabelPlaces(start, end, width, room)[0]!;
