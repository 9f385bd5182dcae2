/**
 * First-fit stacking of the timeline's items: each item, in the given order,
 * takes the highest row where it overlaps nothing already placed.
 *
 * vis-timeline 8.5 does this with a windowed search (`filterBetween` between
 * indexes that assume items arrive sorted by start). With our order (short
 * events first) the window misses items that do collide, so it pushes items
 * far down: the 2010 Virginia investigation landed in row 29 of an empty
 * half of the frame (issue 18). Checking every placed item is quadratic, but
 * at most MAX_ITEMS (200) items are ever drawn.
 */

export interface Extent {
  left: number;
  width: number;
}

export interface Stackable extends Extent {
  /** Horizontal extent in pixels (mark and label): written when `choices` are given. */
  height: number;
  /** Written: the item's distance from the axis. */
  top: number;
  /** Other extents the item could take (its label on either side of its mark); the first wins ties. */
  choices?: readonly Extent[];
  /** Written: the index of the choice taken. */
  chosen?: number;
}

export interface StackMargin {
  horizontal: number;
  vertical: number;
}

/**
 * Places `items` in order, each at the first free height from `base`; an
 * item with `choices` takes the one that lets it sit highest. Returns the
 * bottom of the stack.
 */
export function stackFirstFit(items: readonly Stackable[], margin: StackMargin, base: number): number {
  const placed: Stackable[] = [];
  let bottom = base;
  for (const item of items) {
    const choices = item.choices?.length ? item.choices : [item];
    let best = Infinity;
    choices.forEach((choice, index) => {
      const top = firstFree(placed, choice, item.height, margin, base);
      if (top < best) {
        best = top;
        item.chosen = index;
        item.left = choice.left;
        item.width = choice.width;
      }
    });
    item.top = best;
    placed.push(item);
    bottom = Math.max(bottom, best + item.height);
  }
  return bottom;
}

function firstFree(placed: readonly Stackable[], extent: Extent, height: number, margin: StackMargin, base: number): number {
  const right = extent.left + extent.width + margin.horizontal;
  const beside = placed
    .filter((other) => extent.left < other.left + other.width + margin.horizontal && other.left < right)
    .sort((a, b) => a.top - b.top);
  let top = base;
  // Sorted by top, and top only grows, so one pass finds the first gap that fits.
  for (const other of beside) {
    if (top - margin.vertical < other.top + other.height && top + height + margin.vertical > other.top) {
      top = other.top + other.height + margin.vertical;
    }
  }
  return top;
}
