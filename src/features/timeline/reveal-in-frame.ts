import type { Timeline } from './vis';

/** vis-timeline's own vertical scroll of its stack of items (negative downwards); not in its public API. */
interface VerticalScroll {
  _getScrollTop: () => number;
  _setScrollTop: (scrollTop: number) => number;
}

const GAP = 8;

/**
 * Brings `item` into the part of the timeline's frame that is on screen by
 * scrolling the frame's own stack of items, never the page. The frame can
 * reach below the window (an open event panel makes the page taller), and
 * vis-timeline's focus() only keeps an item inside the frame. Scrolling the
 * page instead (scrollIntoView) moved the header out of sight whenever a
 * story started or stepped to an item low in the stack (issue 18).
 */
export function revealInFrame(timeline: Timeline, frame: HTMLElement, item: HTMLElement | null): void {
  if (!item) return;
  // The items' panel, below the axis.
  const box = (frame.querySelector('.vis-panel.vis-center') ?? frame).getBoundingClientRect();
  const top = Math.max(box.top, 0) + GAP;
  const bottom = Math.min(box.bottom, window.innerHeight) - GAP;
  const own = item.getBoundingClientRect();
  const delta = own.bottom > bottom ? Math.min(own.bottom - bottom, own.top - top) : own.top < top ? own.top - top : 0;
  if (delta === 0) return;
  const scroll = timeline as unknown as VerticalScroll;
  scroll._setScrollTop(scroll._getScrollTop() - delta);
  timeline.redraw();
}
