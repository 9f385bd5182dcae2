/** The space a popover keeps from the screen's edges, in CSS pixels. */
export const EDGE_MARGIN = 8;

/**
 * How far to move a box sideways so it lies within [margin, width - margin]:
 * leftwards when it runs past the right edge, rightwards when it starts left
 * of the screen. A box wider than the room keeps its start in view (its
 * content reads from there; the caller caps the width anyway).
 */
export function shiftIntoView(left: number, right: number, width: number, margin = EDGE_MARGIN): number {
  let shift = 0;
  if (right > width - margin) shift = width - margin - right;
  if (left + shift < margin) shift = margin - left;
  return Math.round(shift);
}
