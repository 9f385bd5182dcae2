/**
 * A box's extent along the time axis, in pixels from the frame's earlier
 * edge: the left edge left to right, the right edge right to left (issue 22).
 * The arithmetic that keeps a title inside the frame then holds either way.
 */
export interface AlongTime {
  /** Where the box begins, from the earlier edge. */
  start: number;
  /** Where it ends, later in time. */
  end: number;
}

type Edges = Pick<DOMRect, 'left' | 'right'>;

export function alongTime(frame: Edges, box: Edges, rtl: boolean): AlongTime {
  return rtl ? { start: frame.right - box.right, end: frame.right - box.left } : { start: box.left - frame.left, end: box.right - frame.left };
}
